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

    /** Administrators and observers see every authority's data; a clerk only the authority it is bound to. */
    public boolean canRead(Long authority) {
        return isAdmin() || has(Role.OBSERVER) || (authorityId != null && authorityId.equals(authority));
    }

    /** Only a clerk of the owning authority changes its data. */
    public boolean canEdit(Long authority) {
        return has(Role.AUTHORITY_CLERK) && authorityId != null && authorityId.equals(authority);
    }

    /** Administrators edit reference data of any territory, a clerk only that of its authority's territory. */
    public boolean canEditCatalog(Long territory) {
        return isAdmin() || has(Role.AUTHORITY_CLERK) && (territory == null || territory.equals(authorityTerritoryId));
    }

    /** Administrators edit reference data of any territory, a clerk only that of its authority's territory. */
    public void requireCatalogEdit(Long territory) {
        if (isAdmin()) {
            return;
        }
        if (!has(Role.AUTHORITY_CLERK)) {
            throw new Forbidden("Изменять справочники могут администратор и специалисты уполномоченных органов");
        }
        if (territory != null && !territory.equals(authorityTerritoryId)) {
            throw new Forbidden("Справочник другой территории изменить нельзя");
        }
    }

    public void requireRead(Long authority) {
        if (!canRead(authority)) {
            throw new Forbidden("Данные другого уполномоченного органа недоступны");
        }
    }

    public void requireEdit(Long authority) {
        if (!canEdit(authority)) {
            throw new Forbidden("Изменять данные может только специалист уполномоченного органа-владельца");
        }
    }
}
