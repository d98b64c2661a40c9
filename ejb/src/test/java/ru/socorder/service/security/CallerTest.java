package ru.socorder.service.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.Forbidden;

/** Data scope in one place: who reads and changes which authority's data and which territory's reference data. */
class CallerTest {
    private static final long LUGA_AUTHORITY = 10;
    private static final long LUGA = 100;

    private static Caller caller(Role role, Long authority, Long territory) {
        return new Caller("u", "Пользователь", Set.of(role), authority, authority == null ? null : "Орган", territory, null, null);
    }

    @Test
    void aClerkReadsAndChangesOnlyTheOwnAuthority() {
        Caller clerk = caller(Role.AUTHORITY_CLERK, LUGA_AUTHORITY, LUGA);
        assertTrue(clerk.canRead(LUGA_AUTHORITY));
        assertTrue(clerk.canEdit(LUGA_AUTHORITY));
        assertFalse(clerk.canRead(11L));
        assertFalse(clerk.canEdit(11L));
        assertEquals("Данные другого уполномоченного органа недоступны",
                assertThrows(Forbidden.class, () -> clerk.requireRead(11L)).getMessage());
    }

    @Test
    void anApproverReadsTheOwnAuthorityButDoesNotEdit() {
        Caller approver = caller(Role.APPROVER, LUGA_AUTHORITY, LUGA);
        assertTrue(approver.canRead(LUGA_AUTHORITY));
        assertFalse(approver.canEdit(LUGA_AUTHORITY));
    }

    @Test
    void administratorsAndObserversReadEverythingAndChangeNoAuthorityData() {
        for (Role role : new Role[] {Role.ADMIN, Role.OBSERVER}) {
            Caller c = caller(role, null, null);
            assertTrue(c.canRead(LUGA_AUTHORITY), role.name());
            assertFalse(c.canEdit(LUGA_AUTHORITY), role.name() + ": orders are changed by the owning authority's clerk only");
        }
    }

    @Test
    void anExecutorsUserReadsNoAuthorityData() {
        Caller executor = new Caller("e", "Исполнитель", Set.of(Role.EXECUTOR), null, null, null, 5L, "МАОУ ДО");
        assertFalse(executor.canRead(LUGA_AUTHORITY));
        assertFalse(executor.canRead(null), "no authority is not every authority");
        assertThrows(Forbidden.class, () -> executor.requireCatalogEdit(LUGA));
    }

    @Test
    void referenceDataOfATerritoryIsChangedByItsClerksAndTheAdministrator() {
        Caller clerk = caller(Role.AUTHORITY_CLERK, LUGA_AUTHORITY, LUGA);
        assertDoesNotThrow(() -> clerk.requireCatalogEdit(LUGA));
        assertEquals("Справочник другой территории изменить нельзя",
                assertThrows(Forbidden.class, () -> clerk.requireCatalogEdit(200L)).getMessage());
        assertDoesNotThrow(() -> caller(Role.ADMIN, null, null).requireCatalogEdit(200L));
        assertThrows(Forbidden.class, () -> caller(Role.OBSERVER, null, null).requireCatalogEdit(LUGA));
    }

    @Test
    void theOwnWorkOfTheHomePageIsTheBoundOrganisationsForEveryRoleAndNothingForThoseBoundToNone() {
        DataScope clerk = DataScope.ownTerritory(caller(Role.AUTHORITY_CLERK, LUGA_AUTHORITY, LUGA), "d.territory.id");
        assertEquals(LUGA, clerk.value());
        assertEquals(" and (d.territory.id = :scope)", clerk.and());
        assertEquals(LUGA_AUTHORITY, DataScope.ownAuthority(caller(Role.APPROVER, LUGA_AUTHORITY, LUGA), "o.authority.id").value());
        for (Role unbound : new Role[] {Role.ADMIN, Role.OBSERVER, Role.EXECUTOR}) {
            assertTrue(DataScope.ownTerritory(caller(unbound, null, null), "d.territory.id").isNothing(), unbound + " sees no territory as its own");
            assertTrue(DataScope.ownAuthority(caller(unbound, null, null), "o.authority.id").isNothing(), unbound + " has no authority");
        }
        assertTrue(DataScope.territory(caller(Role.OBSERVER, null, null), "d.territory.id").isEverything(), "the lists still show all");
    }
}
