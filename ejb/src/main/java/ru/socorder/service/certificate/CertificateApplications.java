package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.model.certificate.RefusalReason;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Заявления на получение сертификата: received from the clerk's screen and from the ЕПГУ / Navigator adapters,
 * idempotent by the caller's Idempotency-Key ({@link #apply}); decided at once — issued, queued while the order's
 * certificate volume is exhausted (served in order when volume is freed, {@link CertificateIssuing}), refused with a
 * {@link RefusalReason} — or held while the child's record is a probable duplicate. The list with queue positions,
 * the card, withdrawal and refusal by the clerk, the history.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class CertificateApplications {
    /** How long a request waits for a concurrent one with the same key to finish before it answers from it. */
    private static final int WAIT_ROUNDS = 100;
    private static final long WAIT_MILLIS = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private RecordHistory history;

    @EJB
    private ApplicationIntake intake;

    @EJB
    private CertificateIssuing issuing;

    @EJB
    private TransitionLog transitions;

    /**
     * Receives an application under the caller's Idempotency-Key: the same key with the same request — also sent
     * twice at once — yields one application and the same answer ({@link ApplicationAnswer#replayed()} on the
     * repetitions); the same key with a different request is 409 {@code IDEMPOTENCY_KEY_REUSED}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ApplicationAnswer apply(String idempotencyKey, ApplicationForm form) {
        Caller c = currentUser.get();
        c.require(Rights.Action.CREATE, Rights.of(CertificateApplication.class, c.authorityId() == null ? -1L : c.authorityId()));
        String key = checkedKey(idempotencyKey);
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса не указано");
        }
        String hash = RequestHash.of(form);
        try {
            return intake.receive(key, hash, form);
        } catch (Conflict raced) {
            if (!ApplicationIntake.IN_FLIGHT.equals(raced.getMessage())) {
                throw raced;
            }
            // another request with the key is being stored: answer from it once it is committed
            for (int round = 0; round < WAIT_ROUNDS; round++) {
                ApplicationAnswer earlier = intake.existing(key, hash);
                if (earlier != null) {
                    return earlier;
                }
                sleep();
            }
            throw new Conflict("Заявление с этим ключом идемпотентности ещё принимается: повторите запрос позже");
        }
    }

    static String checkedKey(String key) {
        if (key == null || key.isBlank()) {
            throw new ValidationFailed("Idempotency-Key", "Укажите заголовок Idempotency-Key: уникальный ключ заявления (например, UUID)");
        }
        String k = key.strip();
        if (k.length() > 100 || !k.matches("[\\p{Alnum}._:\\-]+")) {
            throw new ValidationFailed("Idempotency-Key", "Ключ идемпотентности — до 100 латинских букв, цифр и знаков «.», «_», «:», «-»");
        }
        return k;
    }

    private static void sleep() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("Заявление с этим ключом идемпотентности ещё принимается: повторите запрос позже");
        }
    }

    /** Applications of the caller's authority (queued ones with their position), newest first unless sorted. */
    public Page<ApplicationAnswer> list(PageRequest page, CertificateApplicationStatus status, Long serviceId, Long consumerId) {
        Caller c = currentUser.get();
        Page<CertificateApplication> found = PagedQuery.of(em, CertificateApplication.class, "a",
                        "join fetch a.consumer join fetch a.service", DataScope.authority(c, "a.authority.id"))
                .filter("a.status = :status", "status", status)
                .filter("a.service.id = :service", "service", serviceId)
                .filter("a.consumer.id = :consumer", "consumer", consumerId)
                .search("a.consumer.lastName", "a.consumer.firstName", "a.idempotencyKey")
                .sortable(Map.of("receivedAt", "a.receivedAt", "status", "a.status", "enqueuedAt", "a.enqueuedAt"), "a.receivedAt desc")
                .page(page);
        return new Page<>(found.items().stream().map(intake::answer).toList(), found.total());
    }

    /** The queued applications of the caller's own authority (home counter). */
    public long queuedCount() {
        DataScope scope = DataScope.ownAuthority(currentUser.get(), "a.authority.id");
        return scope.bind(em.createQuery("select count(a) from CertificateApplication a where a.status = :q" + scope.and(), Long.class))
                .setParameter("q", CertificateApplicationStatus.QUEUED).getSingleResult();
    }

    public ApplicationAnswer get(long id) {
        return intake.answer(readable(id));
    }

    private CertificateApplication readable(long id) {
        CertificateApplication a = em.find(CertificateApplication.class, id);
        if (a == null) {
            throw new NotFound("Заявление не найдено");
        }
        currentUser.get().require(Rights.Action.READ, a);
        return a;
    }

    /** What the caller may do with the application now (the screen's buttons). */
    public List<CertificateApplicationLifecycle.Action> actions(long id) {
        CertificateApplication a = readable(id);
        return CertificateApplicationLifecycle.TABLE.actions(a.getStatus(), actor(a));
    }

    private CertificateApplicationLifecycle.Actor actor(CertificateApplication a) {
        return new CertificateApplicationLifecycle.Actor(currentUser.get().can(Rights.Action.EDIT, a));
    }

    /**
     * A clerk's step: WITHDRAW (the family withdrew it) and REFUSE (reason OTHER with the clerk's text) end it; RESOLVE
     * releases a held one (the child is decided not to be a duplicate) and decides it.
     */
    public ApplicationAnswer transition(long id, long version, CertificateApplicationLifecycle.Action action, String comment) {
        CertificateApplication a = readable(id);
        currentUser.get().require(Rights.Action.EDIT, a);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        if (a.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        CertificateApplicationStatus from = a.getStatus();
        CertificateApplicationStatus to = CertificateApplicationLifecycle.TABLE.next(from, action, actor(a), comment);
        if (action == CertificateApplicationLifecycle.Action.ISSUE || action == CertificateApplicationLifecycle.Action.ENQUEUE) {
            throw new Conflict("Заявление выдаётся или ставится в очередь по результатам проверки, а не вручную");
        }
        if (action == CertificateApplicationLifecycle.Action.REFUSE) {
            a.refuse(RefusalReason.OTHER, comment, VolumeUse.now(clock));
        } else {
            a.moveTo(to, VolumeUse.now(clock));
        }
        transitions.record(CertificateApplicationLifecycle.RECORD, a.getId(), action, from, to, comment);
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (to == CertificateApplicationStatus.RECEIVED) {
            issuing.decide(a);
        }
        em.flush();
        return intake.answer(a);
    }

    /** Held applications whose child's record the clerk resolved: released and decided (called by {@link Consumers}). */
    public void decideHeld(List<CertificateApplication> held, String comment) {
        for (CertificateApplication a : held) {
            CertificateApplicationStatus to = CertificateApplicationLifecycle.TABLE.next(a.getStatus(),
                    CertificateApplicationLifecycle.Action.RESOLVE, actor(a), comment);
            transitions.record(CertificateApplicationLifecycle.RECORD, a.getId(), CertificateApplicationLifecycle.Action.RESOLVE,
                    a.getStatus(), to, comment);
            a.moveTo(to, VolumeUse.now(clock));
            issuing.decide(a);
        }
    }

    public List<HistoryEntry> history(long id) {
        readable(id);
        return history.of(RecordKind.CERTIFICATE_APPLICATION, id, CertificateApplicationLifecycle.TABLE::describe);
    }
}
