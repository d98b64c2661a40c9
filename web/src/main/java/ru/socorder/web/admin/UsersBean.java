package ru.socorder.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.security.AccountService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.PagedModel;

/** Пользователи: the list of user accounts. */
@Named("users")
@ViewScoped
public class UsersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    private PagedModel<UserAccount> model;

    public PagedModel<UserAccount> getModel() {
        if (model == null) {
            AccountService service = accounts;
            model = new PagedModel<>(service::users, UserAccount::getId);
        }
        return model;
    }

    public String roles(UserAccount u) {
        return u.getRoles().stream().map(r -> Bundle.text("role." + r.name())).sorted().collect(Collectors.joining(", "));
    }

    public String organisation(UserAccount u) {
        if (u.getAuthority() != null) {
            return u.getAuthority().getShortName();
        }
        return u.getExecutor() == null ? "" : u.getExecutor().getDisplayName();
    }
}
