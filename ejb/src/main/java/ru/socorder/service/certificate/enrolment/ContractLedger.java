package ru.socorder.service.certificate.enrolment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.service.certificate.CertificateLedger;
import ru.socorder.service.common.NotFound;

/**
 * What contracts write on a certificate's balance ledger, through {@link CertificateLedger} (the one writer of the
 * ledger): the allocation when a contract is concluded, the release of what it did not consume when it ends early.
 * Every writer first locks the certificate's row (SELECT … FOR UPDATE), so the contracts of one certificate take
 * turns and each appends to the balance the previous one left — no confirmation loses a race it need not lose; the
 * ledger's own rules ({@code Balance}, the database's checks on every row, {@code seq} unique) hold whatever happens.
 * Called inside the boundaries' transactions, after their rights checks.
 */
@Stateless
public class ContractLedger {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CertificateLedger ledger;

    /** The certificate, its row locked until the transaction ends. */
    public Certificate lock(long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFound("Сертификат не найден");
        }
        return c;
    }

    public Balance balance(Certificate c) {
        return ledger.balance(c);
    }

    /**
     * Blocks the contract's price on its (locked) certificate; a certificate just issued is in use from now on.
     *
     * @throws ru.socorder.service.common.Conflict the available balance does not cover it, the certificate is not usable
     */
    public CertificateMovement allocate(Certificate c, ConsumerContract k, ContractAllocation a) {
        return ledger.allocate(c, k, a.hours(), a.amount());
    }

    /** The same for a continuation at the year end, the movement naming the actor (no user's request carries it). */
    public CertificateMovement allocate(Certificate c, ConsumerContract k, ContractAllocation a, String actor) {
        return ledger.allocate(c, k, a.hours(), a.amount(), actor);
    }

    /** Gives back what the contract still holds (allocated less released and consumed); nothing when it holds nothing. */
    public ContractAllocation release(Certificate c, ConsumerContract k) {
        ContractAllocation held = held(k);
        if (!held.isEmpty()) {
            ledger.release(c, k, held.hours(), held.amount());
        }
        return held;
    }

    /** The same at the year end: released by the named actor with the comment (no user's request carries it). */
    public ContractAllocation release(Certificate c, ConsumerContract k, String actor, String comment) {
        ContractAllocation held = held(k);
        if (!held.isEmpty()) {
            ledger.release(c, k, held.hours(), held.amount(), actor, comment);
        }
        return held;
    }

    /** Hours the contract's movements consumed (delivered and paid). */
    public java.math.BigDecimal consumedHours(ConsumerContract k) {
        java.math.BigDecimal h = em.createQuery("select sum(m.hours) from CertificateMovement m where m.contract = :k and m.kind = :consume",
                java.math.BigDecimal.class).setParameter("k", k).setParameter("consume", ru.socorder.model.certificate.MovementKind.CONSUME)
                .getSingleResult();
        return h == null ? java.math.BigDecimal.ZERO : h;
    }

    /** What the contract's movements still hold. */
    public ContractAllocation held(ConsumerContract k) {
        return ContractAllocation.held(em.createQuery("select m from CertificateMovement m where m.contract = :k order by m.seq",
                CertificateMovement.class).setParameter("k", k).getResultList());
    }
}
