package ru.socorder.service.certificate;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.lifecycle.TransitionLog;

/**
 * Certificates whose validity has ended expire (status EXPIRED, the automatic lifecycle step {@code EXPIRE} written as
 * the system's): what was still available lapses — an {@code EXPIRE} movement of the ledger — while what contracts
 * hold stays theirs until they end. A portable, non-persistent EJB timer runs every night, and the server catches up
 * at its start ({@link #catchUp}); each batch of {@value #BATCH} certificates is a transaction of its own. An expired
 * certificate's share of the order's volume is not handed to the queue: its year is over.
 */
@Stateless
public class CertificateExpiry {
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(CertificateExpiry.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private CertificateLedger ledger;

    @EJB
    private TransitionLog transitions;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "certificates past their validity expire")
    public void nightly() {
        catchUp();
    }

    /** Expires every certificate whose validity ended before today, a batch per transaction; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int catchUp() {
        CertificateExpiry self = context.getBusinessObject(CertificateExpiry.class);
        int total = 0;
        for (int n = self.expireBatch(); n > 0; n = self.expireBatch()) {
            total += n;
        }
        int expired = total;
        if (expired > 0) {
            LOG.info(() -> "Certificates expired at the end of their validity: " + expired);
        }
        return total;
    }

    /** Expires up to {@value #BATCH} ended certificates in a transaction of its own; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireBatch() {
        LocalDate today = LocalDate.now(clock);
        List<Certificate> ended = em.createQuery("select c from Certificate c where c.status in :active and c.validTo < :today order by c.id",
                        Certificate.class).setParameter("active", List.of(CertificateStatus.ISSUED, CertificateStatus.IN_USE, CertificateStatus.SUSPENDED))
                .setParameter("today", today).setMaxResults(BATCH).getResultList();
        for (Certificate c : ended) {
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            lapse(c, "срок действия истёк " + RussianText.date(c.getValidTo()), TransitionLog.SYSTEM);
        }
        em.flush();
        return ended.size();
    }

    /**
     * The (locked) certificate's available balance lapses — an {@code EXPIRE} movement when anything is available —
     * and an active certificate expires (the automatic step). Also for the year end, which lapses what contracts gave
     * back even on a certificate expired before. Returns whether the status changed.
     */
    public boolean lapse(Certificate c, String why, String actor) {
        ledger.expire(c, why, actor);
        CertificateStatus from = c.getStatus();
        CertificateStatus to = CertificateLifecycle.TABLE.follow(from, CertificateLifecycle.Action.EXPIRE);
        if (to == null) {
            return false;
        }
        c.moveTo(to);
        transitions.automatic(CertificateLifecycle.RECORD, c.getId(), CertificateLifecycle.Action.EXPIRE, from, to, why);
        return true;
    }
}
