package ru.socorder.service.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.socorder.service.security.Rights.Action.APPROVE;
import static ru.socorder.service.security.Rights.Action.CREATE;
import static ru.socorder.service.security.Rights.Action.DELETE;
import static ru.socorder.service.security.Rights.Action.EDIT;
import static ru.socorder.service.security.Rights.Action.READ;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.security.Role;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.common.Forbidden;

/** Who may do what with which record: the rule the boundaries enforce and the screens ask. */
class RightsTest {
    private static final long LUGA_AUTHORITY = 10;
    private static final long LUGA = 100;
    private static final long KALUGA = 200;

    private final Territory luga = withId(new Territory(TerritoryLevel.MUNICIPALITY, "Лужский район", null, null), LUGA);
    private final Territory kaluga = withId(new Territory(TerritoryLevel.MUNICIPALITY, "Калуга", null, null), KALUGA);
    private final AuthorisedBody lugaBody = withId(new AuthorisedBody("Администрация Лужского района", "Администрация", luga), LUGA_AUTHORITY);
    private final AuthorisedBody otherBody = withId(new AuthorisedBody("Комитет", "Комитет", luga), 11L);
    private final SocialService lugaService = new SocialService(RegistryNumber.of("804200О.99.0.ББ52АЕ04000"), luga, "Услуга");
    private final SocialService kalugaService = new SocialService(RegistryNumber.of("804200О.99.0.ББ52АЕ04000"), kaluga, "Услуга");
    private final SocialOrder lugaOrder = new SocialOrder(lugaBody, null, 2026, "Заказ");
    private final SocialOrder otherOrder = new SocialOrder(otherBody, null, 2026, "Заказ");
    private final Executor executor = new Executor(ExecutorType.STATE_AUTONOMOUS_INSTITUTION, "МАОУ ДО", Inn.of("4710001013"));

    private static Caller caller(Role role) {
        boolean staff = role == Role.AUTHORITY_CLERK || role == Role.APPROVER;
        return new Caller("u", "Пользователь", Set.of(role), staff ? LUGA_AUTHORITY : null, staff ? "Администрация" : null,
                staff ? LUGA : null, role == Role.EXECUTOR ? 5L : null, role == Role.EXECUTOR ? "МАОУ ДО" : null);
    }

    private static <T> T withId(T entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyTheAdministratorAndClerksChangeExecutors() {
        assertTrue(caller(Role.ADMIN).can(EDIT, executor));
        assertTrue(caller(Role.AUTHORITY_CLERK).can(EDIT, executor));
        assertTrue(caller(Role.AUTHORITY_CLERK).can(CREATE, Executor.class));
        for (Role role : new Role[] {Role.OBSERVER, Role.APPROVER, Role.EXECUTOR}) {
            assertFalse(caller(role).can(EDIT, executor), role.name());
            assertFalse(caller(role).can(DELETE, executor), role.name());
            assertTrue(caller(role).can(READ, executor), role.name() + " reads the open register");
        }
        assertEquals("Изменять справочники могут администратор и специалисты уполномоченных органов",
                assertThrows(Forbidden.class, () -> caller(Role.OBSERVER).require(EDIT, executor)).getMessage());
    }

    @Test
    void servicesAndDecisionsAreChangedByTheClerksOfTheirTerritoryAndTheAdministrator() {
        Caller clerk = caller(Role.AUTHORITY_CLERK);
        assertTrue(clerk.can(EDIT, lugaService));
        assertFalse(clerk.can(EDIT, kalugaService));
        assertEquals("Справочник другой территории изменить нельзя",
                assertThrows(Forbidden.class, () -> clerk.require(EDIT, kalugaService)).getMessage());
        assertTrue(clerk.can(CREATE, Rights.of(SocialService.class, LUGA)));
        assertFalse(clerk.can(CREATE, Rights.of(SocialService.class, KALUGA)));
        assertTrue(clerk.can(CREATE, SocialService.class), "a territory not yet chosen is checked when it is");
        assertTrue(caller(Role.ADMIN).can(DELETE, kalugaService));
        assertFalse(caller(Role.APPROVER).can(EDIT, lugaService));
        assertFalse(caller(Role.OBSERVER).can(EDIT, lugaService));

        Decision kalugaDecision = new Decision(kaluga, "Администрация", "Постановление", "О порядке");
        assertFalse(clerk.can(EDIT, kalugaDecision));
        assertTrue(clerk.can(EDIT, new Decision(luga, "Администрация", "Постановление", "О порядке")));
        assertTrue(caller(Role.ADMIN).can(EDIT, kalugaDecision));
        assertThrows(Forbidden.class, () -> caller(Role.EXECUTOR).require(CREATE, Decision.class));
    }

    @Test
    void territoriesDirectionsUnitsAndUsersAreTheAdministrators() {
        for (Object record : new Object[] {luga, ActivityDirection.class, MeasurementUnit.class, UserAccount.class}) {
            assertTrue(caller(Role.ADMIN).can(EDIT, record), record.toString());
            assertFalse(caller(Role.AUTHORITY_CLERK).can(EDIT, record), record.toString());
            assertFalse(caller(Role.AUTHORITY_CLERK).can(CREATE, record), record.toString());
        }
        assertTrue(caller(Role.OBSERVER).can(READ, luga));
        assertFalse(caller(Role.AUTHORITY_CLERK).can(READ, UserAccount.class), "accounts are read by the administrator only");
    }

    @Test
    void aClerkEditsTheCardOfTheOwnAuthorityOnly() {
        Caller clerk = caller(Role.AUTHORITY_CLERK);
        assertTrue(clerk.can(EDIT, lugaBody));
        assertFalse(clerk.can(EDIT, otherBody));
        assertFalse(clerk.can(CREATE, AuthorisedBody.class));
        assertFalse(clerk.can(DELETE, lugaBody));
        assertFalse(caller(Role.APPROVER).can(EDIT, lugaBody), "the approver does not edit the card");
        assertTrue(caller(Role.ADMIN).can(CREATE, AuthorisedBody.class));
    }

    @Test
    void ordersAreReadByTheAuthorityChangedByItsClerksAndApprovedByItsApprovers() {
        Caller clerk = caller(Role.AUTHORITY_CLERK);
        Caller approver = caller(Role.APPROVER);
        assertTrue(clerk.can(READ, lugaOrder));
        assertTrue(clerk.can(EDIT, lugaOrder));
        assertFalse(clerk.can(APPROVE, lugaOrder));
        assertFalse(clerk.can(READ, otherOrder));
        assertEquals("Данные другого уполномоченного органа недоступны",
                assertThrows(Forbidden.class, () -> clerk.require(READ, otherOrder)).getMessage());
        assertTrue(approver.can(APPROVE, lugaOrder));
        assertFalse(approver.can(EDIT, lugaOrder));
        assertFalse(approver.can(APPROVE, otherOrder));
        assertTrue(clerk.can(CREATE, Rights.of(SocialOrder.class, LUGA_AUTHORITY)));
        assertFalse(clerk.can(CREATE, Rights.of(SocialOrder.class, null)), "an order belongs to an authority");
        for (Role role : new Role[] {Role.ADMIN, Role.OBSERVER}) {
            assertTrue(caller(role).can(READ, otherOrder), role.name());
            assertFalse(caller(role).can(EDIT, otherOrder), role.name() + ": orders are changed by the owning authority's clerk only");
            assertFalse(caller(role).can(APPROVE, otherOrder), role.name());
        }
        assertFalse(caller(Role.EXECUTOR).can(READ, lugaOrder));
        assertDoesNotThrow(() -> clerk.require(EDIT, lugaOrder));
    }

    @Test
    void approvingIsARightOfOrdersOnly() {
        assertNull(Rights.refusal(caller(Role.APPROVER), APPROVE, lugaOrder));
        assertFalse(caller(Role.ADMIN).can(APPROVE, executor));
        assertThrows(IllegalArgumentException.class, () -> Rights.refusal(caller(Role.ADMIN), EDIT, "no record"));
    }

    @Test
    void theOwnWorkOfTheHomePageIsTheBoundOrganisationsForEveryRoleAndNothingForThoseBoundToNone() {
        DataScope clerk = DataScope.ownTerritory(bound(Role.AUTHORITY_CLERK, LUGA_AUTHORITY, LUGA), "d.territory.id");
        assertEquals(LUGA, clerk.value());
        assertEquals(" and (d.territory.id = :scope)", clerk.and());
        assertEquals(LUGA_AUTHORITY, DataScope.ownAuthority(bound(Role.APPROVER, LUGA_AUTHORITY, LUGA), "o.authority.id").value());
        for (Role unbound : new Role[] {Role.ADMIN, Role.OBSERVER, Role.EXECUTOR}) {
            assertTrue(DataScope.ownTerritory(bound(unbound, null, null), "d.territory.id").isNothing(), unbound + " sees no territory as its own");
            assertTrue(DataScope.ownAuthority(bound(unbound, null, null), "o.authority.id").isNothing(), unbound + " has no authority");
        }
        assertTrue(DataScope.territory(bound(Role.OBSERVER, null, null), "d.territory.id").isEverything(), "the lists still show all");
    }

    private static Caller bound(Role role, Long authority, Long territory) {
        return new Caller("u", "Пользователь", Set.of(role), authority, authority == null ? null : "Орган", territory, null, null);
    }
}
