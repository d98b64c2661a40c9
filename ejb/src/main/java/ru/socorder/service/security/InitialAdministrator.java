package ru.socorder.service.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.EnumSet;
import java.util.logging.Logger;
import ru.socorder.model.security.Role;

/**
 * A production installation (no demo data) starts with no users. On the first start this creates the user
 * {@code admin} with the password from {@code SOCORDER_ADMIN_PASSWORD} (environment variable or system
 * property); without it a random password is generated and written once to the server log.
 */
@Stateless
public class InitialAdministrator {
    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());
    public static final String PASSWORD_SETTING = "SOCORDER_ADMIN_PASSWORD";

    @EJB
    private AccountService accounts;

    public void ensureExists() {
        if (accounts.countUsers() > 0) {
            return;
        }
        String configured = System.getProperty(PASSWORD_SETTING, System.getenv(PASSWORD_SETTING));
        String password = configured == null || configured.isBlank() ? PasswordHasher.randomPassword(16) : configured;
        accounts.createAtStartup("admin", "Администратор системы", password, EnumSet.of(Role.ADMIN), null, null);
        if (configured == null || configured.isBlank()) {
            LOG.warning("Created the first administrator 'admin' with the generated password: " + password
                    + " — change it after the first login (or set " + PASSWORD_SETTING + " before the first start).");
        } else {
            LOG.info("Created the first administrator 'admin' with the password from " + PASSWORD_SETTING + ".");
        }
    }
}
