package ru.socorder.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.FieldError;

class UserRulesTest {

    private static UserForm form(String login, Role... roles) {
        UserForm f = new UserForm();
        f.setLogin(login);
        f.setFullName("Иванова М.П.");
        f.setRoles(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
        f.setPassword("long-enough");
        return f;
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aValidObserverPasses() {
        assertEquals(List.of(), UserRules.check(form("observer2", Role.OBSERVER), true));
    }

    @Test
    void clerkMustBeBoundToAnAuthorityAndExecutorUserToAnExecutor() {
        assertEquals(List.of("authorityId"), fields(UserRules.check(form("clerk2", Role.AUTHORITY_CLERK), true)));
        assertEquals(List.of("executorId"), fields(UserRules.check(form("exec2", Role.EXECUTOR), true)));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        UserForm f = form("Bad Login!");
        f.setFullName(" ");
        f.setPassword("short");
        assertEquals(List.of("login", "fullName", "roles", "password"), fields(UserRules.check(f, true)));
    }

    @Test
    void passwordIsOptionalOnUpdate() {
        UserForm f = form("observer2", Role.OBSERVER);
        f.setPassword(null);
        assertEquals(List.of(), UserRules.check(f, false));
        assertTrue(fields(UserRules.check(f, true)).contains("password"));
    }
}
