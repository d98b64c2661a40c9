package ru.socorder.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.stream.Collectors;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.security.AccountService;
import ru.socorder.web.format.InstantConverter;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Пользователи: the list of user accounts. */
@Named("users")
@ViewScoped
public class UsersBean extends ListBean<UserAccount> {
    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    @Override
    protected PagedModel<UserAccount> createModel() {
        AccountService service = accounts;
        return new PagedModel<>(service::users, UserAccount::getId);
    }

    public String roles(UserAccount u) {
        return u.getRoles().stream().map(r -> Bundle.text("role." + r.name())).sorted().collect(Collectors.joining(", "));
    }

    /** Until when the account is locked after failed logins; null if it is not. */
    public Instant lockedUntil(UserAccount u) {
        return accounts.isLocked(u) ? u.getLockedUntil() : null;
    }

    public String lockedUntilText(UserAccount u) {
        return InstantConverter.format(lockedUntil(u));
    }

    public String organisation(UserAccount u) {
        if (u.getAuthority() != null) {
            return u.getAuthority().getShortName();
        }
        return u.getExecutor() == null ? "" : u.getExecutor().getDisplayName();
    }
}
