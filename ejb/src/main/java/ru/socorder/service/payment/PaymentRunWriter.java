package ru.socorder.service.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import ru.socorder.model.payment.Invoice;
import ru.socorder.model.payment.InvoiceKind;
import ru.socorder.model.payment.PaymentOrder;
import ru.socorder.model.payment.PaymentRun;
import ru.socorder.model.payment.PaymentRunStatus;
import ru.socorder.service.calendar.ProductionCalendar;
import ru.socorder.service.job.JobTarget;

/**
 * The payment run as a job ({@code PAYMENT_RUN}): one job row per agreement; a chunk writes, in one transaction with
 * the rows' outcomes, the agreements' settlement invoices of the run's month and advances of the next month, their
 * lines per contract and their payment orders. The rows stay invisible while the run is RUNNING; when the job has
 * written every agreement, {@link #finished} adds up the totals and makes the run READY.
 * <p>
 * Test hook: with the system property {@code socorder.testHooks=true}, {@link #failAfterChunks} makes the writer fail
 * after that many chunks (of any run) — what a crash in the middle of a run leaves, for the integration test.
 */
@Stateless
public class PaymentRunWriter implements JobTarget {
    public static final String KIND = "PAYMENT_RUN";
    private static final AtomicInteger FAIL_AFTER = new AtomicInteger(-1);
    private static final Map<Long, AtomicInteger> CHUNKS = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PaymentSource source;

    @EJB
    private ProductionCalendar calendar;

    /** A job row: the run and the agreement it writes. */
    public record Row(long runId, long agreementId) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Sets the test hook (negative: off); refused unless {@code socorder.testHooks=true}. */
    public static void failAfterChunks(int chunks) {
        if (!Boolean.getBoolean("socorder.testHooks")) {
            throw new IllegalStateException("test hooks are off");
        }
        FAIL_AFTER.set(chunks);
        CHUNKS.clear();
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Agreements per chunk: 20 (an agreement may bring hundreds of contracts); one while the test hook is set. */
    @Override
    public int chunk() {
        return FAIL_AFTER.get() >= 0 ? 1 : 20;
    }

    @Override
    public List<Outcome> write(List<Serializable> drafts) {
        List<Outcome> out = new ArrayList<>();
        int limit = FAIL_AFTER.get();
        if (limit >= 0 && !drafts.isEmpty()) {
            int done = CHUNKS.computeIfAbsent(((Row) drafts.get(0)).runId(), k -> new AtomicInteger()).getAndIncrement();
            if (done >= limit) {
                FAIL_AFTER.set(-1);
                throw new IllegalStateException("test hook: the payment run fails after " + limit + " chunk(s)");
            }
        }
        for (Serializable d : drafts) {
            Row row = (Row) d;
            PaymentRun run = em.find(PaymentRun.class, row.runId());
            if (run == null || run.getStatus() != PaymentRunStatus.RUNNING) {
                out.add(Outcome.refused("Расчёт оплаты не выполняется"));
                continue;
            }
            List<Object> written = new ArrayList<>();
            out.add(Outcome.written(writeAgreement(run, source.agreement(row.agreementId()), written)));
            // the agreement's invoices, lines and orders leave the persistence context once written (never em.clear():
            // the job's rows, marked after this call in the same context, must stay managed)
            em.flush();
            written.forEach(em::detach);
        }
        return out;
    }

    /** The agreement's settlement of the run's month and advance of the next; answers the agreement's id. */
    private long writeAgreement(PaymentRun run, PaymentSource.AgreementData a, List<Object> written) {
        YearMonth month = run.getMonth();
        YearMonth next = month.plusMonths(1);
        LocalDate payDay = run.getPayOn() != null ? run.getPayOn() : Advance.payDay(calendar.days(), next, source.payWorkingDay(run.getAuthorityId()));
        Invoice.AgreementRef ref = new Invoice.AgreementRef(a.id(), a.familyId(), a.number(), a.concludedOn(), a.authorityId(), a.executorId());
        if (a.year() == month.getYear() && !a.validFrom().isAfter(month.atEndOfMonth()) && !a.validTo().isBefore(month.atDay(1))) {
            List<PaymentSource.UsageData> usage = source.submittedUsage(a, month);
            List<Settlement.Line> lines = usage.stream()
                    .map(u -> new Settlement.Line(u.contractId(), u.hours(), u.pricePerHour(), u.amount())).toList();
            BigDecimal advance = a.advance() ? source.approvedAdvance(a.familyId(), month) : BigDecimal.ZERO;
            BigDecimal carried = source.approvedCarriedForward(a.familyId(), month.minusMonths(1));
            Settlement s = Settlement.of(lines, advance, carried);
            if (!usage.isEmpty() || s.advancePaid().signum() > 0 || s.carriedIn().signum() > 0) {
                Invoice invoice = new Invoice(run.getId(), ref, InvoiceKind.SETTLEMENT, month, payDay, new Invoice.Amounts(
                        s.delivered(), s.advancePaid(), s.delivered(), s.carriedIn(), s.due(), s.carriedForward()));
                for (int i = 0; i < usage.size(); i++) {
                    PaymentSource.UsageData u = usage.get(i);
                    invoice.addLine(u.contractId(), u.certificateId(), u.hours(), u.pricePerHour(), lines.get(i).amount());
                }
                persist(run, a, invoice, written);
            }
        }
        if (a.advance() && a.year() == next.getYear() && !a.validFrom().isAfter(next.atEndOfMonth()) && !a.validTo().isBefore(next.atDay(1))) {
            List<PaymentSource.ContractData> contracts = source.contracts(a, next);
            List<BigDecimal> planned = contracts.stream().map(c -> MonthlyPlan.month(c.startsOn(), c.endsOn(), c.price(), next)).toList();
            BigDecimal total = planned.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            BigDecimal advance = Advance.of(a.advanceShare(), planned);
            if (advance.signum() > 0) {
                Invoice invoice = new Invoice(run.getId(), ref, InvoiceKind.ADVANCE, next, payDay, new Invoice.Amounts(
                        total, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), advance,
                        BigDecimal.ZERO.setScale(2)));
                for (int i = 0; i < contracts.size(); i++) {
                    PaymentSource.ContractData c = contracts.get(i);
                    if (planned.get(i).signum() > 0) {
                        invoice.addLine(c.id(), c.certificateId(), BigDecimal.ZERO, c.pricePerHour(), planned.get(i));
                    }
                }
                persist(run, a, invoice, written);
            }
        }
        return a.id();
    }

    private void persist(PaymentRun run, PaymentSource.AgreementData a, Invoice invoice, List<Object> written) {
        em.persist(invoice); // the sequence gives the id at once: the order refers to it without a flush
        written.add(invoice);
        written.addAll(invoice.getLines());
        if (invoice.getAmountDue().signum() > 0) {
            PaymentOrder order = new PaymentOrder(invoice.getId(), run.getId(), a.executorId(), a.payee(), invoice.getAmountDue(),
                    invoice.getPayOn(), PaymentPurpose.of(a.number(), a.concludedOn(), invoice.getMonth(), invoice.getKind()));
            em.persist(order);
            written.add(order);
        }
    }

    /** The job ended: a completed run adds up its invoices and becomes READY; one that failed waits for its resumption. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(long jobId, boolean completed) {
        List<PaymentRun> runs = em.createQuery("select r from PaymentRun r where r.jobId = :j", PaymentRun.class)
                .setParameter("j", jobId).getResultList();
        for (PaymentRun run : runs) {
            if (run.getStatus() != PaymentRunStatus.RUNNING) {
                continue;
            }
            if (!completed) {
                run.failed();
                continue;
            }
            Object[] t = em.createQuery("select count(i), sum(i.delivered), sum(case when i.kind = :a then i.amountDue else 0 end), "
                    + "sum(i.amountDue) from Invoice i where i.runId = :r", Object[].class)
                    .setParameter("a", InvoiceKind.ADVANCE).setParameter("r", run.getId()).getSingleResult();
            run.ready(((Number) t[0]).intValue(), money(t[1]), money(t[2]), money(t[3]));
        }
    }

    private static BigDecimal money(Object o) {
        return o == null ? BigDecimal.ZERO : new BigDecimal(o.toString()).setScale(2);
    }
}
