package ru.socorder.service.payment;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.payment.Invoice;
import ru.socorder.model.payment.PaymentOrder;
import ru.socorder.model.payment.PaymentRun;
import ru.socorder.model.payment.PaymentRunStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.ReportEngine;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;

/**
 * The files of a month's payment run: the payment register (XLSX streamed page by page, or PDF) of the run or of one
 * executor — an executor's users get their own only — and the treasury file of an APPROVED run
 * ({@link TreasuryFile}, docs/treasury-export.md) for the authority's staff. A run still RUNNING has no files.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class PaymentDocuments {
    private static final int PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PaymentRuns runs;

    @EJB
    private ReportEngine engine;

    @Resource
    private SessionContext context;

    /** The register as XLSX ({@code format} xlsx or absent) or PDF. */
    public TableWriter.ExportFile register(long runId, Long executorId, String format) {
        PaymentRun run = runs.readable(runId);
        Long executor = executorOf(currentUser.get(), executorId);
        String base = "reestr-" + run.getMonth() + (executor == null ? "" : "-" + executor);
        if ("pdf".equalsIgnoreCase(format)) {
            List<InvoiceView> all = new ArrayList<>();
            TableWriter.paged((first, size) -> page(runId, executor, first, size), PAGE).forEach(all::add);
            String authority = em.find(AuthorisedBody.class, run.getAuthorityId()).getShortName();
            byte[] pdf = engine.print(List.of(PaymentRegister.print(authority, run.getMonth(),
                    executor == null || all.isEmpty() ? null : all.get(0).executor(), all)), PrintFormat.PDF);
            return new TableWriter.ExportFile(base + ".pdf", "application/pdf", out -> out.write(pdf));
        }
        PaymentDocuments self = context.getBusinessObject(PaymentDocuments.class);
        return TableWriter.write(format, base, PaymentRegister.columns(),
                TableWriter.paged((first, size) -> self.page(runId, executor, first, size), PAGE));
    }

    /** One page of the register's invoices (through the business proxy: each page its own read). */
    public List<InvoiceView> page(long runId, Long executorId, int first, int size) {
        return runs.invoices(runId, executorId, new PageRequest(first, size, null, true, null)).items();
    }

    /** Writes the treasury file of an approved run: its payment orders in executor and invoice order. */
    public void treasury(long runId, OutputStream out) throws IOException {
        requireTreasury(runId);
        TreasuryFile file = new TreasuryFile(out);
        int first = 0;
        long number = 0;
        while (true) {
            List<Object[]> page = em.createQuery("select o, i from PaymentOrder o, Invoice i where i.id = o.invoiceId and o.runId = :r "
                    + "order by o.executorId, o.invoiceId", Object[].class).setParameter("r", runId)
                    .setFirstResult(first).setMaxResults(PAGE).getResultList();
            for (Object[] r : page) {
                PaymentOrder o = (PaymentOrder) r[0];
                Invoice i = (Invoice) r[1];
                PaymentOrder.Payee p = o.getPayee();
                file.write(new TreasuryFile.Order(++number, o.getPayOn(), o.getAmount(), p.name(), p.inn(), p.kpp(), p.account(),
                        p.bik(), p.bankName(), p.corrAccount(), p.treasuryAccount(), o.getPurpose(), i.getAgreementNumber(),
                        String.format("%02d.%d", i.getMonth().getMonthValue(), i.getMonth().getYear()), i.getKind().name()));
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
            first += PAGE;
        }
        file.finish();
    }

    /** Refuses the treasury file of a run the caller may not export or that is not approved (checked before streaming). */
    public void requireTreasury(long runId) {
        Caller caller = currentUser.get();
        PaymentRun run = runs.readable(runId);
        if (caller.has(Role.EXECUTOR) && !caller.isAdmin() || !PaymentRuns.sees(caller, run.getAuthorityId())) {
            throw new Forbidden("Файл для казначейства выгружают сотрудники уполномоченного органа");
        }
        if (run.getStatus() != PaymentRunStatus.APPROVED) {
            throw new Conflict("Файл для казначейства выгружается после утверждения оплаты");
        }
    }

    private static Long executorOf(Caller caller, Long requested) {
        if (caller.has(Role.EXECUTOR) && !caller.isAdmin() && !caller.has(Role.AUTHORITY_CLERK) && !caller.has(Role.APPROVER)) {
            if (requested != null && !requested.equals(caller.executorId())) {
                throw new Forbidden("Исполнитель видит только свои счета");
            }
            return caller.executorId() == null ? -1L : caller.executorId();
        }
        return requested;
    }
}
