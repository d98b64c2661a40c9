package ru.socorder.service.usage;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import ru.socorder.model.usage.UsageMonthStatus;
import ru.socorder.model.usage.UsageStatus;

/**
 * What was delivered — the read side for payments and reconciliation, called by their boundaries after their own
 * rights checks (no caller is checked here). «Delivered» means submitted: the rows of the executors' submitted months,
 * with the hours and amounts as corrected, which are exactly what the certificates' ledgers consumed for them.
 */
@Stateless
public class DeliveredQuery {
    /**
     * One contract's delivered month.
     *
     * @param hours  человеко-часы, after corrections
     * @param amount roubles consumed on the certificate for them, after corrections
     */
    public record Delivered(long usageId, long contractId, String contractNumber, long executorId, long authorityId, long certificateId,
                            YearMonth month, BigDecimal hours, BigDecimal amount) {
    }

    /** An executor's month with the authority and whether it was submitted. */
    public record MonthState(long executorId, YearMonth month, boolean submitted) {
    }

    @PersistenceContext
    private EntityManager em;

    /** The authority's delivered rows of the month (every executor's submitted month), by executor and contract number. */
    public List<Delivered> delivered(long authorityId, YearMonth month) {
        return em.createQuery("select u.id, k.id, k.number, u.executor.id, u.authority.id, k.certificate.id, u.hours, u.amount "
                        + "from ContractUsage u join u.contract k where u.authority.id = :a and u.usageMonth = :m and u.status = :s "
                        + "order by u.executor.id, k.number", Object[].class)
                .setParameter("a", authorityId).setParameter("m", month.atDay(1)).setParameter("s", UsageStatus.SUBMITTED)
                .getResultList().stream()
                .map(r -> new Delivered((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], (Long) r[4], (Long) r[5], month,
                        (BigDecimal) r[6], (BigDecimal) r[7]))
                .toList();
    }

    /** The same for one contract over all months, oldest first. */
    public List<Delivered> delivered(long contractId) {
        return em.createQuery("select u.id, k.id, k.number, u.executor.id, u.authority.id, k.certificate.id, u.hours, u.amount, "
                        + "u.usageMonth from ContractUsage u join u.contract k where k.id = :k and u.status = :s order by u.usageMonth",
                        Object[].class)
                .setParameter("k", contractId).setParameter("s", UsageStatus.SUBMITTED).getResultList().stream()
                .map(r -> new Delivered((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], (Long) r[4], (Long) r[5],
                        YearMonth.from((java.time.LocalDate) r[8]), (BigDecimal) r[6], (BigDecimal) r[7]))
                .toList();
    }

    /** Which executors of the authority have a month with entries or submitted, and whether it was submitted. */
    public List<MonthState> months(long authorityId, YearMonth month) {
        return em.createQuery("select m.executor.id, m.status from UsageMonth m where m.authority.id = :a and m.month = :m "
                        + "order by m.executor.id", Object[].class)
                .setParameter("a", authorityId).setParameter("m", month.atDay(1)).getResultList().stream()
                .map(r -> new MonthState((Long) r[0], month, r[1] == UsageMonthStatus.SUBMITTED)).toList();
    }
}
