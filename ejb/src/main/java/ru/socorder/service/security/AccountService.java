package ru.socorder.service.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.security.Role;
import ru.socorder.model.security.UserAccount;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;

/** Boundary of user accounts: credential checks for the identity store, the caller, user administration. */
@Stateless
@Interceptors(BoundaryFailures.class)
public class AccountService {
    private static final Map<String, String> UNIQUE = Map.of("uk_user_login", "Пользователь с таким именем уже существует");
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    private RecordHistory history;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /**
     * The roles of an active, not locked user whose password matches; empty otherwise. Called by the identity store
     * (the authentication mechanism has already refused locked accounts through {@link LoginAttempts}).
     */
    public Optional<Set<Role>> verify(String login, char[] password) {
        if (login == null || password == null) {
            return Optional.empty();
        }
        return findByLogin(login.trim().toLowerCase(Locale.ROOT))
                .filter(UserAccount::isActive)
                .filter(u -> !u.isLockedAt(clock.instant()))
                .filter(u -> HASHER.verify(password, u.getPasswordHash()))
                .map(u -> u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.getRoles()));
    }

    /** The caller view of an active account. */
    public Optional<Caller> caller(String login) {
        return findByLogin(login).filter(UserAccount::isActive).map(u -> new Caller(u.getLogin(), u.getFullName(),
                u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.getRoles()),
                u.getAuthority() == null ? null : u.getAuthority().getId(),
                u.getAuthority() == null ? null : u.getAuthority().getShortName(),
                u.getAuthority() == null ? null : u.getAuthority().getTerritory().getId(),
                u.getExecutor() == null ? null : u.getExecutor().getId(),
                u.getExecutor() == null ? null : u.getExecutor().getDisplayName()));
    }

    private Optional<UserAccount> findByLogin(String login) {
        return em.createQuery("select u from UserAccount u left join fetch u.authority left join fetch u.executor "
                        + "where u.login = :login", UserAccount.class)
                .setParameter("login", login)
                .getResultStream().findFirst();
    }

    public long countUsers() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /** Administrators only. */
    public Page<UserAccount> users(PageRequest page) {
        currentUser.get().require(Rights.Action.READ, UserAccount.class);
        String where = page.query() == null ? "" : " where lower(u.login) like :q or lower(u.fullName) like :q";
        String order = switch (page.sortField() == null ? "login" : page.sortField()) {
            case "fullName" -> "u.fullName";
            case "active" -> "u.active";
            default -> "u.login";
        } + (page.ascending() ? " asc" : " desc");
        TypedQuery<UserAccount> q = em.createQuery("select u from UserAccount u left join fetch u.authority "
                + "left join fetch u.executor" + where + " order by " + order, UserAccount.class);
        TypedQuery<Long> c = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        if (page.query() != null) {
            q.setParameter("q", page.likePattern());
            c.setParameter("q", page.likePattern());
        }
        List<UserAccount> items = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, c.getSingleResult());
    }

    public UserForm user(long id) {
        currentUser.get().require(Rights.Action.READ, UserAccount.class);
        return UserForm.of(load(id));
    }

    public UserAccount create(UserForm form) {
        currentUser.get().require(Rights.Action.CREATE, UserAccount.class);
        validate(form, true);
        UserAccount u = new UserAccount(form.getLogin().trim().toLowerCase(Locale.ROOT), form.getFullName().trim(),
                HASHER.hash(form.getPassword().toCharArray()), clock.instant());
        apply(form, u);
        em.persist(u);
        DatabaseErrors.flush(em, UNIQUE);
        audit.record(AuditEvent.USER_CREATED, u.getId(), "login=" + u.getLogin() + " roles=" + u.getRoles());
        return u;
    }

    public UserAccount update(UserForm form) {
        currentUser.get().require(Rights.Action.EDIT, UserAccount.class);
        validate(form, false);
        UserAccount u = load(form.getId());
        if (u.getVersion() != form.getVersion()) {
            throw Conflict.staleVersion();
        }
        if (!u.getLogin().equals(form.getLogin().trim().toLowerCase(Locale.ROOT))) {
            throw new ValidationFailed("login", "Имя пользователя изменить нельзя");
        }
        if (u.getLogin().equals(currentUser.get().login()) && (!form.isActive() || !form.getRoles().contains(Role.ADMIN))) {
            throw new ValidationFailed("roles", "Нельзя снять с себя роль администратора или отключить свою учётную запись");
        }
        u.setFullName(form.getFullName().trim());
        apply(form, u);
        if (form.getPassword() != null && !form.getPassword().isEmpty()) {
            u.setPasswordHash(HASHER.hash(form.getPassword().toCharArray()));
        }
        DatabaseErrors.flush(em, UNIQUE);
        audit.record(AuditEvent.USER_UPDATED, u.getId(), "roles=" + u.getRoles() + " active=" + u.isActive());
        return u;
    }

    /** Administrators only: lifts a lock after failed logins and clears the count of failures. */
    public UserAccount unlock(long id) {
        currentUser.get().require(Rights.Action.EDIT, UserAccount.class);
        UserAccount u = load(id);
        boolean wasLocked = u.isLockedAt(clock.instant());
        AccountLocks.write(em, id, LoginThrottle.Failures.NONE);
        audit.record(AuditEvent.USER_UNLOCKED, id, "login=" + u.getLogin()
                + (wasLocked ? " locked until " + u.getLockedUntil() : " (не был заблокирован; счётчик неудачных попыток сброшен)"));
        em.refresh(u);
        return u;
    }

    /** Administrators only: what happened to an account (created, changed, logins refused, locks, unlocks), oldest first. */
    public List<HistoryEntry> history(long id) {
        currentUser.get().require(Rights.Action.READ, UserAccount.class);
        load(id);
        return history.of(RecordKind.USER, id);
    }

    /** Administrators only: until when logins of the account are refused after failed attempts; null if they are not. */
    public Instant lockedUntil(long id) {
        currentUser.get().require(Rights.Action.READ, UserAccount.class);
        UserAccount u = load(id);
        return isLocked(u) ? u.getLockedUntil() : null;
    }

    /** Whether logins of the account are refused now because of failed attempts. */
    public boolean isLocked(UserAccount u) {
        return u.isLockedAt(clock.instant());
    }

    private void validate(UserForm form, boolean creating) {
        List<FieldError> errors = UserRules.check(form, creating);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private void apply(UserForm form, UserAccount u) {
        u.setActive(form.isActive());
        u.getRoles().clear();
        u.getRoles().addAll(form.getRoles());
        u.setAuthority(form.getAuthorityId() == null ? null : reference(AuthorisedBody.class, form.getAuthorityId(), "authorityId",
                "Уполномоченный орган не найден"));
        u.setExecutor(form.getExecutorId() == null ? null : reference(Executor.class, form.getExecutorId(), "executorId",
                "Исполнитель не найден"));
    }

    private <T> T reference(Class<T> type, long id, String field, String message) {
        T t = em.find(type, id);
        if (t == null) {
            throw new ValidationFailed(field, message);
        }
        return t;
    }

    private UserAccount load(long id) {
        UserAccount u = em.find(UserAccount.class, id);
        if (u == null) {
            throw new NotFound("Пользователь не найден");
        }
        return u;
    }

    /**
     * Creates an account without a caller: only for the startup code (first administrator of a production
     * installation, demo users). Not reachable from the UI or the API.
     */
    public UserAccount createAtStartup(String login, String fullName, String password, Set<Role> roles,
                                AuthorisedBody authority, Executor executor) {
        UserAccount u = new UserAccount(login, fullName, HASHER.hash(password.toCharArray()), clock.instant());
        u.getRoles().addAll(roles);
        u.setAuthority(authority);
        u.setExecutor(executor);
        em.persist(u);
        return u;
    }
}
