package ru.socorder.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryApplicationStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.registry.ApplicationForm;
import ru.socorder.service.registry.RegistryApplicationLifecycle;
import ru.socorder.service.registry.RegistryApplications;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;
import ru.socorder.web.shell.ShellBean;

/**
 * «Заявки на включение в реестр»: the authority's clerks see those filed with them (awaiting review first by the
 * status filter), an executor's users their own; an executor files a new one for an authority, a clerk enters a paper
 * one for an executor.
 */
@Named("registryApplications")
@ViewScoped
public class RegistryApplicationsBean extends ListBean<RegistryApplication> {
    private static final long serialVersionUID = 1L;

    @EJB
    private RegistryApplications applications;

    @EJB
    private CatalogService catalog;

    @Inject
    private ShellBean shell;

    private RegistryApplicationStatus status;
    private Long newAuthorityId;
    private Long newExecutorId;
    private List<OptionItem> authorities;
    private List<OptionItem> executors;

    @Override
    protected PagedModel<RegistryApplication> createModel() {
        RegistryApplications s = applications;
        RegistryApplicationsBean self = this;
        return new PagedModel<>(r -> s.list(r, self.status, null, null), RegistryApplication::getId);
    }

    /** Creates the draft and opens it. */
    public String create() {
        try {
            ApplicationForm f = new ApplicationForm();
            f.setAuthorityId(isExecutor() ? newAuthorityId : null);
            f.setExecutorId(isExecutor() ? null : newExecutorId);
            RegistryApplication a = applications.create(f);
            return "/registry/application?faces-redirect=true&id=" + a.getId();
        } catch (BusinessException e) {
            FacesErrors.show(e, "newForm");
            return null;
        }
    }

    public boolean isExecutor() {
        return shell.getCaller().has(Role.EXECUTOR);
    }

    /** Executors file their own; the authority's clerks enter paper ones. */
    public boolean isCanCreate() {
        return isExecutor() || shell.getCaller().has(Role.AUTHORITY_CLERK);
    }

    public String statusLabel(RegistryApplication a) {
        return RegistryApplicationLifecycle.label(a.getStatus());
    }

    public String statusLabel(RegistryApplicationStatus s) {
        return RegistryApplicationLifecycle.label(s);
    }

    public RegistryApplicationStatus[] getStatuses() {
        return RegistryApplicationStatus.values();
    }

    public List<OptionItem> getAuthorities() {
        if (authorities == null) {
            authorities = catalog.authorityOptions();
        }
        return authorities;
    }

    public List<OptionItem> getExecutors() {
        if (executors == null) {
            executors = catalog.executorOptions();
        }
        return executors;
    }

    public RegistryApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistryApplicationStatus status) {
        this.status = status;
    }

    public Long getNewAuthorityId() {
        return newAuthorityId;
    }

    public void setNewAuthorityId(Long newAuthorityId) {
        this.newAuthorityId = newAuthorityId;
    }

    public Long getNewExecutorId() {
        return newExecutorId;
    }

    public void setNewExecutorId(Long newExecutorId) {
        this.newExecutorId = newExecutorId;
    }
}
