package ru.socorder.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.socorder.model.security.Role;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.security.AccountService;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.service.security.UserForm;
import ru.socorder.web.format.InstantConverter;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * Пользователь: create or edit one user account. Only administrators open it (the page and the boundary refuse
 * everybody else); the buttons still follow {@link Rights} like every other card.
 */
@Named("userEdit")
@ViewScoped
public class UserEditBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogService catalog;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private UserForm form;
    private boolean editable;
    private List<OptionItem> authorities;
    private List<OptionItem> executors;
    private Instant lockedUntil;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        if (form == null) {
            form = id == null ? new UserForm() : accounts.user(id);
            editable = currentUser.get().can(id == null ? Rights.Action.CREATE : Rights.Action.EDIT, UserAccount.class);
            authorities = catalog.authorityOptions();
            executors = catalog.executorOptions();
            lockedUntil = id == null ? null : accounts.lockedUntil(id);
        }
    }

    public String save() {
        try {
            if (form.getId() == null) {
                accounts.create(form);
                FacesErrors.info(Bundle.text("user.created", form.getLogin()));
            } else {
                accounts.update(form);
                FacesErrors.info(Bundle.text("user.saved", form.getLogin()));
            }
            return "/admin/users?faces-redirect=true";
        } catch (BusinessException e) {
            FacesErrors.show(e, "userForm");
            return null;
        }
    }

    /** Lifts the lock after failed logins (and clears the count of failures). */
    public void unlock() {
        try {
            accounts.unlock(form.getId());
            lockedUntil = null;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, Bundle.text("user.unlocked", form.getLogin()), ""));
        } catch (BusinessException e) {
            FacesErrors.show(e, "userForm");
        }
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getLockedUntilText() {
        return InstantConverter.format(lockedUntil);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    /** Whether the caller may save the account (and lift its lock). */
    public boolean isEditable() {
        return editable;
    }

    public boolean isCreating() {
        return form != null && form.getId() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserForm getForm() {
        return form;
    }

    public List<OptionItem> getAuthorities() {
        return authorities;
    }

    public List<OptionItem> getExecutors() {
        return executors;
    }
}
