package ru.socorder.service.security;

import java.util.Objects;
import ru.socorder.model.calendar.WorkingCalendarDay;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.security.Role;
import ru.socorder.model.security.UserAccount;

/**
 * What a caller may do with a record — the one rule the boundaries enforce ({@link Caller#require(Action, Object)})
 * and the screens ask before they offer an input or a button ({@link Caller#can(Action, Object)}), so a card is
 * read-only for exactly those whom the boundary would refuse.
 * <p>
 * A record is named by the entity itself, by its class (any record of the kind, e.g. a new one) or by
 * {@link #of(Class, Long)} (a record of the kind owned by a territory or an authority, e.g. a new service of a
 * territory). Who owns what:
 * <ul>
 * <li>territories, activity directions, units, the days of the production calendar — the administrator changes them;</li>
 * <li>authorised bodies — the administrator; a clerk edits the card of the own authority;</li>
 * <li>services and decisions belong to a territory — the administrator and the clerks of authorities of that
 * territory;</li>
 * <li>executors — the administrator and every clerk (the authorities administer the executors);</li>
 * <li>user accounts — the administrator;</li>
 * <li>social orders belong to an authority — its clerks change them, its approvers approve them; administrators and
 * observers read every authority's orders, the authority's staff their own;</li>
 * <li>the records of the selection by social certificate (registry applications and entries, programmes,
 * normatives and certificate terms, consumers, certificate applications, certificates, enrolments, contracts) —
 * see {@link SelectionRights}.</li>
 * </ul>
 * Everything else is read by every logged-in user.
 */
public final class Rights {

    /** What is done with a record. */
    public enum Action {
        READ, CREATE, EDIT, DELETE,
        /** Approve or return (social orders). */
        APPROVE
    }

    /**
     * A record of a kind owned by a territory (services, decisions, consumers, settings) or an authority (orders, the
     * authority itself, registry and certificate records), and — for the records of the selection by certificate — by
     * an executor as well (its application, programmes, enrolments, contracts).
     */
    public record Target(Class<?> type, Long owner, Long executor) {
        public Target {
            Objects.requireNonNull(type, "type");
        }

        public Target(Class<?> type, Long owner) {
            this(type, owner, null);
        }
    }

    static final String OTHER_AUTHORITY = "Данные другого уполномоченного органа недоступны";
    static final String OWNER_CLERK = "Изменять данные может только специалист уполномоченного органа-владельца";
    static final String APPROVER_OF_OWNER = "Утверждать и возвращать заказ может только пользователь с правом утверждения этого органа";
    static final String CATALOG_EDITORS = "Изменять справочники могут администратор и специалисты уполномоченных органов";
    static final String OTHER_TERRITORY = "Справочник другой территории изменить нельзя";
    static final String ADMIN_ONLY = "Изменять этот справочник может только администратор";
    static final String AUTHORITY_CARD = "Изменять уполномоченные органы может администратор; специалист — только карточку своего органа";
    static final String USERS = "Пользователей ведёт только администратор";

    private Rights() {
    }

    /** A record of the type owned by a territory or an authority (its id; null: not yet chosen). */
    public static Target of(Class<?> type, Long owner) {
        return new Target(type, owner);
    }

    /** A record of the kind owned by an authority (its id) and an executor (its id); either null: not yet chosen. */
    public static Target of(Class<?> type, Long authority, Long executor) {
        return new Target(type, authority, executor);
    }

    /** Why the caller may not do the action with the record; null when it may. */
    public static String refusal(Caller c, Action action, Object record) {
        Target t = target(record);
        Class<?> type = t.type();
        if (type == SocialOrder.class) {
            return order(c, action, t.owner());
        }
        if (SelectionRights.covers(type)) {
            return SelectionRights.refusal(c, action, t);
        }
        if (action == Action.READ) {
            return type == UserAccount.class && !c.isAdmin() ? USERS : null;
        }
        if (action == Action.APPROVE) {
            return APPROVER_OF_OWNER;
        }
        if (type == Territory.class || type == ActivityDirection.class || type == MeasurementUnit.class
                || type == WorkingCalendarDay.class) {
            return c.isAdmin() ? null : ADMIN_ONLY;
        }
        if (type == UserAccount.class) {
            return c.isAdmin() ? null : USERS;
        }
        if (type == AuthorisedBody.class) {
            boolean ownCard = action == Action.EDIT && c.has(Role.AUTHORITY_CLERK) && t.owner() != null
                    && t.owner().equals(c.authorityId());
            return c.isAdmin() || ownCard ? null : AUTHORITY_CARD;
        }
        if (type == Executor.class) {
            return c.isAdmin() || c.has(Role.AUTHORITY_CLERK) ? null : CATALOG_EDITORS;
        }
        if (type == SocialService.class || type == Decision.class) {
            if (c.isAdmin()) {
                return null;
            }
            if (!c.has(Role.AUTHORITY_CLERK)) {
                return CATALOG_EDITORS;
            }
            return t.owner() == null || t.owner().equals(c.authorityTerritoryId()) ? null : OTHER_TERRITORY;
        }
        throw new IllegalArgumentException("No rights are defined for " + type.getName());
    }

    /** Orders: the authority's staff read (administrators and observers all), its clerks change, its approvers approve. */
    private static String order(Caller c, Action action, Long authority) {
        boolean own = authority != null && authority.equals(c.authorityId());
        return switch (action) {
            case READ -> c.isAdmin() || c.has(Role.OBSERVER) || own ? null : OTHER_AUTHORITY;
            case APPROVE -> c.has(Role.APPROVER) && own ? null : APPROVER_OF_OWNER;
            case CREATE, EDIT, DELETE -> c.has(Role.AUTHORITY_CLERK) && own ? null : OWNER_CLERK;
        };
    }

    /** The kind and the owner of a record named by an entity, its class or a {@link Target}. */
    private static Target target(Object record) {
        Objects.requireNonNull(record, "record");
        if (record instanceof Target t) {
            return t;
        }
        if (record instanceof Class<?> type) {
            return new Target(type, null);
        }
        if (record instanceof SocialService s) {
            return new Target(SocialService.class, s.getTerritory() == null ? null : s.getTerritory().getId());
        }
        if (record instanceof Decision d) {
            return new Target(Decision.class, d.getTerritory() == null ? null : d.getTerritory().getId());
        }
        if (record instanceof SocialOrder o) {
            return new Target(SocialOrder.class, o.getAuthority().getId());
        }
        if (record instanceof AuthorisedBody a) {
            return new Target(AuthorisedBody.class, a.getId());
        }
        Target selection = SelectionRights.target(record);
        if (selection != null) {
            return selection;
        }
        return new Target(record.getClass(), null);
    }
}
