package ru.socorder.service.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.socorder.model.payment.PaymentRunStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;

/**
 * Сверка of an authority's month ({@link Reconciliation}): per contract with usage, consumption or an act line in the
 * month — the certificate ledger's consumption for the month's usage row (its CONSUME movement and the corrections'
 * CONSUME / UNCONSUME movements), the submitted usage amount, the settlement act's line of a finished run and, once
 * the run is approved, what is paid; per settlement act, its lines against its total and its due against its payment
 * order. Read in a handful of queries, whatever the number of contracts.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class PaymentReconciliation {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /** The report: the month, the run's state, how many contracts were compared and every difference. */
    public record Report(long authorityId, YearMonth month, String runStatus, int contracts, List<Reconciliation.Difference> differences)
            implements Serializable {
        /** «Расхождений нет» when nothing differs, else null. */
        public String zeroLine() {
            return differences.isEmpty() ? Reconciliation.NONE : null;
        }
    }

    @SuppressWarnings("unchecked")
    public Report of(long authorityId, YearMonth month) {
        Caller caller = currentUser.get();
        if (!PaymentRuns.sees(caller, authorityId) || caller.has(Role.EXECUTOR) && !caller.isAdmin()) {
            throw new NotFound("Уполномоченный орган не найден");
        }
        List<?> status = em.createQuery("select r.status from PaymentRun r where r.authorityId = :a and r.month = :m")
                .setParameter("a", authorityId).setParameter("m", month.atDay(1)).getResultList();
        PaymentRunStatus run = status.isEmpty() ? null : (PaymentRunStatus) status.get(0);
        boolean approved = run == PaymentRunStatus.APPROVED;
        Map<Long, BigDecimal[]> figures = new TreeMap<>(); // contract → ledger, submitted, invoiced, approved
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select u.contract_id, u.status, u.amount, coalesce(m.amount, 0) + "
                        + "coalesce((select sum(case when m2.kind = 'CONSUME' then m2.amount else -m2.amount end) from usage_correction c "
                        + "join certificate_movement m2 on m2.id = c.movement_id where c.usage_id = u.id), 0) "
                        + "from contract_usage u left join certificate_movement m on m.id = u.movement_id "
                        + "where u.authority_id = ?1 and u.usage_month = ?2")
                .setParameter(1, authorityId).setParameter(2, month.atDay(1)).getResultList()) {
            BigDecimal[] f = figures.computeIfAbsent(PaymentSource.num(r[0]), k -> zeros());
            f[0] = (BigDecimal) r[3];
            f[1] = "SUBMITTED".equals(r[1]) ? (BigDecimal) r[2] : BigDecimal.ZERO;
        }
        if (run != null && run.visible()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select l.contract_id, l.amount from invoice_line l "
                            + "join invoice i on i.id = l.invoice_id where i.authority_id = ?1 and i.invoice_month = ?2 and i.kind = 'SETTLEMENT'")
                    .setParameter(1, authorityId).setParameter(2, month.atDay(1)).getResultList()) {
                BigDecimal[] f = figures.computeIfAbsent(PaymentSource.num(r[0]), k -> zeros());
                f[2] = f[2].add((BigDecimal) r[1]);
                f[3] = approved ? f[3].add((BigDecimal) r[1]) : f[3];
            }
        }
        List<Reconciliation.ContractFigures> contracts = new ArrayList<>();
        List<Long> ids = new ArrayList<>(figures.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select c.id, c.number, t.number, coalesce(e.short_name, e.full_name) "
                            + "from consumer_contract c join certificate t on t.id = c.certificate_id join executor e on e.id = c.executor_id "
                            + "where c.id in (" + String.join(",", ids.subList(from, Math.min(ids.size(), from + 1000)).stream()
                            .map(String::valueOf).toList()) + ") order by c.id").getResultList()) {
                BigDecimal[] f = figures.get(PaymentSource.num(r[0]));
                contracts.add(new Reconciliation.ContractFigures(PaymentSource.num(r[0]), (String) r[1], (String) r[2], (String) r[3],
                        f[0], f[1], f[2], f[3]));
            }
        }
        List<Reconciliation.InvoiceFigures> invoices = new ArrayList<>();
        if (run != null && run.visible()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select i.id, i.agreement_number, coalesce(e.short_name, e.full_name), "
                            + "(select coalesce(sum(l.amount), 0) from invoice_line l where l.invoice_id = i.id), i.delivered, i.amount_due, "
                            + "(select o.amount from payment_order o where o.invoice_id = i.id) from invoice i join executor e on e.id = i.executor_id "
                            + "where i.authority_id = ?1 and i.invoice_month = ?2 and i.kind = 'SETTLEMENT' order by i.id")
                    .setParameter(1, authorityId).setParameter(2, month.atDay(1)).getResultList()) {
                invoices.add(new Reconciliation.InvoiceFigures(PaymentSource.num(r[0]), (String) r[1], (String) r[2], (BigDecimal) r[3],
                        (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6]));
            }
        }
        return new Report(authorityId, month, run == null ? "не запускался" : run.label(), contracts.size(),
                Reconciliation.of(contracts, invoices, approved));
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
