package ru.socorder.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.security.Role;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.DataScope;

/** The JPQL a list runs: the scope always, the filters when asked, search and sorting from whitelists. */
class PagedQueryTest {
    private static final Caller CLERK = new Caller("c", "К", Set.of(Role.AUTHORITY_CLERK), 10L, "Орган", 100L, null, null);
    private static final Caller EXECUTOR = new Caller("e", "И", Set.of(Role.EXECUTOR), null, null, null, 5L, "Школа");
    private static final Caller ADMIN = new Caller("a", "А", Set.of(Role.ADMIN), null, null, null, null, null);

    private static PagedQuery<SocialOrder> orders(Caller c) {
        return PagedQuery.of(null, SocialOrder.class, "o", null, DataScope.authority(c, "o.authority.id"))
                .search("o.title").sortable(Map.of("year", "o.fiscalYear"), "o.fiscalYear desc");
    }

    @Test
    void aClerksListIsLimitedToTheOwnAuthority() {
        PagedQuery<SocialOrder> q = orders(CLERK).filter("o.fiscalYear = :year", "year", null);
        assertEquals("select o from SocialOrder o where (o.authority.id = :scope) order by o.fiscalYear desc, o.id",
                q.jpql(new PageRequest(0, 20, null, true, null)));
        assertEquals(Map.of("scope", 10L), q.parameters(), "a filter that was not asked adds nothing; the scope stays");
    }

    @Test
    void aCallerWithoutScopeSeesNoRowNotEveryRow() {
        PagedQuery<SocialOrder> q = orders(EXECUTOR);
        assertEquals(Map.of("scope", -1L), q.parameters());
        assertEquals(true, DataScope.authority(EXECUTOR, "o.authority.id").isNothing());
    }

    @Test
    void anAdministratorSeesEveryAuthorityAndFiltersApply() {
        PagedQuery<SocialOrder> q = orders(ADMIN).filter("o.fiscalYear = :year", "year", 2025);
        assertEquals("select o from SocialOrder o where (o.fiscalYear = :year) and (lower(o.title) like :q) order by o.fiscalYear asc, o.id",
                q.jpql(new PageRequest(0, 20, "year", true, "заказ")));
        assertEquals(Map.of("year", 2025), q.parameters());
    }

    @Test
    void aRequiredConditionAppliesWithAllItsParametersAndFiltersFollowIt() {
        PagedQuery<SocialOrder> q = orders(CLERK).require("o.fiscalYear between :from and :to", Map.of("from", 2024, "to", 2026))
                .filter("o.fiscalYear <> :to + :skip", "skip", 1);
        assertEquals("select o from SocialOrder o where (o.authority.id = :scope) and (o.fiscalYear between :from and :to) "
                + "and (o.fiscalYear <> :to + :skip) order by o.fiscalYear desc, o.id", q.jpql(new PageRequest(0, 20, null, true, null)));
        assertEquals(Map.of("scope", 10L, "from", 2024, "to", 2026, "skip", 1), q.parameters());
    }

    @Test
    void aListWithoutAScopeCannotBeBuilt() {
        assertThrows(NullPointerException.class, () -> PagedQuery.of(null, SocialOrder.class, "o", null, null));
    }

    @Test
    void anUnknownSortFieldFromTheApiIsRefused() {
        ValidationFailed e = assertThrows(ValidationFailed.class,
                () -> orders(ADMIN).page(new PageRequest(0, 20, null, true, null).sortedBy("password", true)));
        assertEquals("sort", e.errors().get(0).field());
    }

    @Test
    void theExecutorScopeShowsAnExecutorsUserOnlyItsOwnOrganisation() {
        DataScope own = DataScope.executor(EXECUTOR, "c.executor.id");
        assertEquals("c.executor.id = :scope", own.condition());
        assertEquals(5L, own.value());
        assertEquals(true, DataScope.executor(CLERK, "c.executor.id").isEverything(), "authority staff administer executors");
        assertEquals(true, DataScope.territory(EXECUTOR, "s.territory.id").isNothing());
        assertEquals(100L, DataScope.territory(CLERK, "s.territory.id").value());
    }

    @Test
    void anIdentifierIsSearchedByThePatternsItsValueObjectReadsTheQueryAs() {
        PagedQuery<SocialOrder> q = PagedQuery.of(null, SocialOrder.class, "o", null, DataScope.authority(ADMIN, "o.authority.id"))
                .search("o.title").searchAs("o.number", text -> text.equals("12") ? List.of("12%", "_12%") : List.of());
        assertEquals("select o from SocialOrder o where (lower(o.title) like :q or o.number like :p0 or o.number like :p1) order by o.id, o.id",
                q.jpql(new PageRequest(0, 20, null, true, "12")));
        assertEquals("select o from SocialOrder o where (lower(o.title) like :q) order by o.id, o.id",
                q.jpql(new PageRequest(0, 20, null, true, "заказ")), "a text that cannot be a number searches the text fields only");
        assertEquals("select o from SocialOrder o order by o.id, o.id", q.jpql(new PageRequest(0, 20, null, true, null)));
    }

    @Test
    void recordsOfTwoOwnersShowAnExecutorItsOwnAndTheAuthorityItsOwn() {
        DataScope executor = DataScope.authorityAndExecutor(EXECUTOR, "a.authority.id", "a.executor.id");
        assertEquals("a.executor.id = :scope", executor.condition());
        assertEquals(5L, executor.value());
        DataScope clerk = DataScope.authorityAndExecutor(CLERK, "a.authority.id", "a.executor.id");
        assertEquals("a.authority.id = :scope", clerk.condition());
        assertEquals(10L, clerk.value());
        assertEquals(true, DataScope.authorityAndExecutor(ADMIN, "a.authority.id", "a.executor.id").isEverything());
        Caller unbound = new Caller("u", "Б", Set.of(Role.EXECUTOR), null, null, null, null, null);
        assertEquals(true, DataScope.authorityAndExecutor(unbound, "a.authority.id", "a.executor.id").isNothing(),
                "an executor's user bound to no executor sees nothing");
    }
}
