package ru.socorder.service.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import ru.socorder.service.common.Forbidden;

/**
 * The caller of the current request, loaded once per request from the user account — or, in work done for a user
 * outside a request of theirs (a background job writing the rows the user confirmed), the user the work is done for
 * ({@link #actAs}), so rights, the audit and the lifecycle history name that user.
 */
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
        return caller != null || securityContext.getCallerPrincipal() != null;
    }

    /**
     * Acts for the given user in a request context of background work (a job activates one for each chunk it writes),
     * whatever security context the server's executor carried over into the work's thread (Payara passes on the one
     * of the user who confirmed the job, other servers none): the work is the user's who started it. Never called
     * in a user's own request.
     */
    public void actAs(Caller user) {
        caller = user;
    }
}
