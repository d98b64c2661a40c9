package ru.socorder.service.security;

import java.util.Objects;
import ru.socorder.model.security.Role;

/**
 * Which rows of a list the caller may see — a mandatory part of every list query ({@code PagedQuery.of} takes one),
 * so a list without a scope cannot be written. Decided from the {@link Caller} in one place:
 * <ul>
 * <li>{@link #everyone} — reference data and public acts, every logged-in user reads every row (say why);</li>
 * <li>{@link #authority} — rows of an authorised body: administrators and observers all, the body's clerks and
 * approvers their own, anybody else none;</li>
 * <li>{@link #territory} — rows of a territory: administrators and observers all, the staff of an authority those of
 * its territory, anybody else none;</li>
 * <li>{@link #executor} — rows of an executor (contracts, reports, payments): administrators and observers all, an
 * executor's users their own organisation's, the staff of authorities all (they administer the executors).</li>
 * <li>{@link #authorityAndExecutor} — rows of an authority and an executor: the executor's users their own, others
 * as {@link #authority};</li>
 * <li>{@link #ownAuthority}, {@link #ownTerritory} — the caller's own work (the home page): rows of the authority or
 * territory the caller is bound to, for every role; administrators and observers, bound to none, see none here.</li>
 * </ul>
 * A scope that allows nothing still runs the query, with a condition no row meets — never "all rows".
 */
public final class DataScope {
    /** No id is negative: the value of a scope that allows nothing. */
    private static final long NOTHING = -1L;

    private final String path;
    private final Long value;
    private final String description;

    private DataScope(String path, Long value, String description) {
        this.path = path;
        this.value = value;
        this.description = description;
    }

    /** Every row, for every logged-in user: reference data, public acts. */
    public static DataScope everyone(Caller caller, String why) {
        Objects.requireNonNull(caller, "caller");
        return new DataScope(null, null, "все записи: " + Objects.requireNonNull(why, "why"));
    }

    /** Rows of an authority; {@code path} is the JPQL path of the authority id, e.g. {@code o.authority.id}. */
    public static DataScope authority(Caller caller, String path) {
        if (caller.isAdmin() || caller.has(Role.OBSERVER)) {
            return new DataScope(null, null, "все органы");
        }
        boolean staff = caller.has(Role.AUTHORITY_CLERK) || caller.has(Role.APPROVER);
        return restricted(path, staff ? caller.authorityId() : null, "орган " + caller.authorityId());
    }

    /** Rows of a territory; {@code path} is the JPQL path of the territory id. */
    public static DataScope territory(Caller caller, String path) {
        if (caller.isAdmin() || caller.has(Role.OBSERVER)) {
            return new DataScope(null, null, "все территории");
        }
        boolean staff = caller.has(Role.AUTHORITY_CLERK) || caller.has(Role.APPROVER);
        return restricted(path, staff ? caller.authorityTerritoryId() : null, "территория " + caller.authorityTerritoryId());
    }

    /** Rows of the authority the caller is bound to, whatever the role (the caller's own work); none without one. */
    public static DataScope ownAuthority(Caller caller, String path) {
        return restricted(path, caller.authorityId(), "свой орган " + caller.authorityId());
    }

    /** Rows of the territory of the caller's authority, whatever the role (the caller's own work); none without one. */
    public static DataScope ownTerritory(Caller caller, String path) {
        return restricted(path, caller.authorityTerritoryId(), "своя территория " + caller.authorityTerritoryId());
    }

    /** Rows of an executor; {@code path} is the JPQL path of the executor id. */
    public static DataScope executor(Caller caller, String path) {
        if (caller.isAdmin() || caller.has(Role.OBSERVER) || caller.has(Role.AUTHORITY_CLERK) || caller.has(Role.APPROVER)) {
            return new DataScope(null, null, "все исполнители");
        }
        return restricted(path, caller.has(Role.EXECUTOR) ? caller.executorId() : null, "исполнитель " + caller.executorId());
    }

    /**
     * Rows with two owners, an authority and an executor (registry applications, enrolments, contracts): an executor's
     * users their own organisation's rows, everybody else as {@link #authority} — the authority's staff its rows,
     * administrators and observers all. Paths are the JPQL paths of the authority id and of the executor id.
     */
    public static DataScope authorityAndExecutor(Caller caller, String authorityPath, String executorPath) {
        if (caller.has(Role.EXECUTOR) && !caller.isAdmin() && !caller.has(Role.OBSERVER)
                && !caller.has(Role.AUTHORITY_CLERK) && !caller.has(Role.APPROVER)) {
            return restricted(executorPath, caller.executorId(), "исполнитель " + caller.executorId());
        }
        return authority(caller, authorityPath);
    }

    private static DataScope restricted(String path, Long id, String description) {
        Objects.requireNonNull(path, "path");
        return new DataScope(path, id == null ? NOTHING : id, id == null ? "ничего" : description);
    }

    /** The JPQL condition with the parameter {@code :scope}, or null when every row is in scope. */
    public String condition() {
        return path == null ? null : path + " = :scope";
    }

    /** For a query written by hand: {@code " and (condition)"}, or nothing when every row is in scope. */
    public String and() {
        return path == null ? "" : " and (" + condition() + ")";
    }

    /** Binds {@code :scope} of a query written with {@link #and()}. */
    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        if (path != null) {
            query.setParameter("scope", value);
        }
        return query;
    }

    /** The value of {@code :scope}; null when every row is in scope. */
    public Long value() {
        return value;
    }

    /** Whether the caller sees no row at all. */
    public boolean isNothing() {
        return value != null && value == NOTHING;
    }

    /** Whether the caller sees every row. */
    public boolean isEverything() {
        return path == null;
    }

    @Override
    public String toString() {
        return description;
    }
}
