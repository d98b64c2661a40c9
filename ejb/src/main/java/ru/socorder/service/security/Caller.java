package ru.socorder.service.security;

import java.io.Serializable;
import java.util.Set;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.Forbidden;

/**
 * The logged-in user as the services see it: roles and the organisation (authority or executor) the user is
 * bound to. Data-scope rules are decided here, in one place.
 */
public record Caller(String login, String fullName, Set<Role> roles,
                     Long authorityId, String authorityName, Long authorityTerritoryId,
                     Long executorId, String executorName) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The login of work nobody started: the timers' (a year end after its closing date). */
    public static final String SYSTEM = "system";

    /**
     * Time-driven work done without a user (a job a timer starts): no role and no organisation, so no right follows
     * from it — what such work does, its area has decided; the history and the journal name it «system».
     */
    public static Caller system() {
        return new Caller(SYSTEM, "Система", java.util.Set.of(), null, null, null, null, null);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** The name of the bound organisation, or null. */
    public String organisationName() {
        return authorityName != null ? authorityName : executorName;
    }

    public void require(Role... anyOf) {
        for (Role r : anyOf) {
            if (has(r)) {
                return;
            }
        }
        throw new Forbidden();
    }

    /** Whether the caller may do the action with the record (see {@link Rights}): what a screen offers. */
    public boolean can(Rights.Action action, Object record) {
        return Rights.refusal(this, action, record) == null;
    }

    /**
     * Refuses what the caller may not do with the record (see {@link Rights}): what a boundary checks first.
     *
     * @throws Forbidden naming why
     */
    public void require(Rights.Action action, Object record) {
        String refusal = Rights.refusal(this, action, record);
        if (refusal != null) {
            throw new Forbidden(refusal);
        }
    }
}
