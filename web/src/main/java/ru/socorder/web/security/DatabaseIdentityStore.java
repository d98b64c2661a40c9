package ru.socorder.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import ru.socorder.model.security.Role;
import ru.socorder.service.security.AccountService;

/** Checks logins against the user accounts (PBKDF2 hashes); the roles become the caller's groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
    @EJB
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String login = normalise(credential.getCaller());
        return accounts.verify(login, credential.getPassword().getValue())
                .map(roles -> new CredentialValidationResult(login, groups(roles)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Logins are compared trimmed and in lower case. */
    public static String normalise(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
