package ru.socorder.service.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import ru.socorder.service.common.Forbidden;

/** The caller of the current request, loaded once per request from the user account. */
@RequestScoped
public class CurrentUser {
    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    private Caller caller;

    /** @throws Forbidden when nobody is logged in or the account is disabled */
    public Caller get() {
        if (caller == null) {
            Principal p = securityContext.getCallerPrincipal();
            if (p == null) {
                throw new Forbidden("Требуется вход в систему");
            }
            caller = accounts.caller(p.getName()).orElseThrow(() -> new Forbidden("Учётная запись отключена или удалена"));
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }
}
