package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.MovementKind;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.security.CurrentUser;

/**
 * Appends movements to a certificate's balance ledger — the one way any area changes a balance (the enrolment and
 * contract boundaries allocate and release, delivered hours consume and their corrections reverse a consumption, the
 * calendar expires). A control, not a boundary: the
 * calling boundary has checked the caller's rights on the certificate or contract. Each method reads the latest
 * movement, lets {@link Balance} refuse what the balance cannot take («Недостаточно средств сертификата…», 409) and
 * appends the next one; if another writer appended first, the database refuses the duplicate sequence number and the
 * caller gets 409 «Баланс сертификата изменился, повторите действие» — nothing is spent twice, no lock needed.
 * Amounts are roubles with kopecks, hours with two decimals. Runs in the caller's transaction.
 */
@Stateless
public class CertificateLedger {
    /** What a lost race for the next movement means for the user. */
    public static final String BALANCE_CHANGED = "Баланс сертификата изменился, пока выполнялось действие: обновите данные и повторите";
    private static final Map<String, String> RACE = Map.of("uk_certificate_movement_seq", BALANCE_CHANGED,
            "fk_certificate_movement_previous", BALANCE_CHANGED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private TransitionLog transitions;

    /** The latest movement (the balance), never null for an issued certificate. */
    public CertificateMovement latest(Certificate certificate) {
        return em.createQuery("select m from CertificateMovement m where m.certificate.id = :c order by m.seq desc", CertificateMovement.class)
                .setParameter("c", certificate.getId()).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("certificate " + certificate.getId() + " has no ledger"));
    }

    /** The balance now: nominal, allocated, consumed, expired, available — in hours and roubles. */
    public Balance balance(Certificate certificate) {
        return latest(certificate).balance();
    }

    /** Every movement, oldest first. */
    public List<CertificateMovement> movements(Certificate certificate) {
        return em.createQuery("select m from CertificateMovement m left join fetch m.contract where m.certificate.id = :c order by m.seq",
                CertificateMovement.class).setParameter("c", certificate.getId()).getResultList();
    }

    /** The first movement of a certificate just persisted: its nominal. */
    public CertificateMovement issue(Certificate certificate) {
        return issue(certificate, currentUser.get().login());
    }

    /** The same for work no user's request carries (the year end), the actor named. */
    public CertificateMovement issue(Certificate certificate, String actor) {
        CertificateMovement m = CertificateMovement.issue(certificate, VolumeUse.now(clock), actor);
        em.persist(m);
        return m;
    }

    /**
     * A contract blocks {@code hours} and {@code amount} (the programme's price) on the certificate; the first
     * allocation puts an issued certificate in use. Refused (409) if the certificate is not usable or the available
     * balance does not suffice.
     */
    public CertificateMovement allocate(Certificate certificate, ConsumerContract contract, BigDecimal hours, BigDecimal amount) {
        return allocate(certificate, contract, hours, amount, null);
    }

    /**
     * The same for work no user's request carries (the year end's continuation contracts): the movement names the
     * actor, the certificate's USE step is the system's.
     */
    public CertificateMovement allocate(Certificate certificate, ConsumerContract contract, BigDecimal hours, BigDecimal amount,
                                        String actor) {
        if (certificate.getStatus() != CertificateStatus.ISSUED && certificate.getStatus() != CertificateStatus.IN_USE) {
            throw new Conflict("Сертификат " + certificate.getNumber() + " в состоянии «"
                    + CertificateLifecycle.label(certificate.getStatus()) + "»: средства по нему не резервируются");
        }
        CertificateMovement m = actor == null ? append(certificate, MovementKind.ALLOCATE, hours, amount, contract, null)
                : append(certificate, MovementKind.ALLOCATE, hours, amount, contract, null, actor);
        CertificateStatus inUse = CertificateLifecycle.TABLE.follow(certificate.getStatus(), CertificateLifecycle.Action.USE);
        if (inUse != null) {
            CertificateStatus from = certificate.getStatus();
            certificate.moveTo(inUse);
            if (actor == null) {
                transitions.record(CertificateLifecycle.RECORD, certificate.getId(), CertificateLifecycle.Action.USE, from, inUse,
                        "договор " + contract.getNumber());
            } else {
                transitions.automatic(CertificateLifecycle.RECORD, certificate.getId(), CertificateLifecycle.Action.USE, from, inUse,
                        "договор " + contract.getNumber());
            }
        }
        return m;
    }

    /** A terminated or completed contract gives back what it did not consume. */
    public CertificateMovement release(Certificate certificate, ConsumerContract contract, BigDecimal hours, BigDecimal amount) {
        return append(certificate, MovementKind.RELEASE, hours, amount, contract, null);
    }

    /** The same at the year end, the actor named (no user's request carries it). */
    public CertificateMovement release(Certificate certificate, ConsumerContract contract, BigDecimal hours, BigDecimal amount,
                                       String actor, String comment) {
        return append(certificate, MovementKind.RELEASE, hours, amount, contract, comment, actor);
    }

    /** Delivered hours move from allocated to consumed (payments). */
    public CertificateMovement consume(Certificate certificate, ConsumerContract contract, BigDecimal hours, BigDecimal amount) {
        return append(certificate, MovementKind.CONSUME, hours, amount, contract, null);
    }

    /**
     * A correction lowering delivered hours: the difference moves back from consumed to allocated («сторно оплаты»);
     * refused (409) when more would be reversed than the certificate consumed.
     */
    public CertificateMovement unconsume(Certificate certificate, ConsumerContract contract, BigDecimal hours, BigDecimal amount,
                                         String comment) {
        return append(certificate, MovementKind.UNCONSUME, hours, amount, contract, comment);
    }

    /** What is still available lapses (end of validity); null when nothing is available. */
    public CertificateMovement expire(Certificate certificate, String comment) {
        return expire(certificate, comment, currentUser.get().login());
    }

    /** The same for the calendar's step, which nobody takes: the end of the validity ({@code TransitionLog.SYSTEM}). */
    public CertificateMovement expire(Certificate certificate, String comment, String actor) {
        Balance b = balance(certificate);
        if (b.availableHours().signum() == 0 && b.availableAmount().signum() == 0) {
            return null;
        }
        return append(certificate, MovementKind.EXPIRE, b.availableHours(), b.availableAmount(), null, comment, actor);
    }

    private CertificateMovement append(Certificate certificate, MovementKind kind, BigDecimal hours, BigDecimal amount,
                                       ConsumerContract contract, String comment) {
        return append(certificate, kind, hours, amount, contract, comment, currentUser.get().login());
    }

    private CertificateMovement append(Certificate certificate, MovementKind kind, BigDecimal hours, BigDecimal amount,
                                       ConsumerContract contract, String comment, String actor) {
        CertificateMovement next = latest(certificate).next(kind, hours, amount, contract, VolumeUse.now(clock), actor, comment);
        em.persist(next);
        DatabaseErrors.flush(em, RACE);
        return next;
    }
}
