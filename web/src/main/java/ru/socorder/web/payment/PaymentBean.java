package ru.socorder.web.payment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.payment.PaymentRunStatus;
import ru.socorder.model.security.Role;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.payment.InvoiceView;
import ru.socorder.service.payment.PaymentRunView;
import ru.socorder.service.payment.PaymentRuns;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.usage.DeliveredQuery;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.PagedModel;

/**
 * «Оплата»: the payment calendar of the caller's authority for a month — the advance day, the executors'
 * submissions received, the run with its progress (polled while it runs), start / resume for the clerk, approval with
 * a confirmation for the approver, the register and the treasury file, and the month's invoices (lazy).
 */
@Named("payments")
@ViewScoped
public class PaymentBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PaymentRuns runs;

    @EJB
    private DeliveredQuery delivered;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private PaymentMonths month;
    private PaymentRunView run;
    private int submitted;
    private int executorsWithEntries;
    private PagedModel<InvoiceView> invoices;

    @PostConstruct
    void init() {
        month = new PaymentMonths(YearMonth.now(clock).minusMonths(1));
        read();
    }

    /** The month chosen again: its run and calendar. */
    public void read() {
        Caller caller = currentUser.get();
        invoices = null;
        if (caller.authorityId() == null) {
            run = null;
            return;
        }
        YearMonth m = month.value();
        run = runs.ofMonth(caller.authorityId(), m);
        List<DeliveredQuery.MonthState> states = delivered.months(caller.authorityId(), m);
        executorsWithEntries = states.size();
        submitted = (int) states.stream().filter(DeliveredQuery.MonthState::submitted).count();
    }

    public void start() {
        try {
            run = runs.start(currentUser.get().authorityId(), month.value());
            invoices = null;
        } catch (BusinessException e) {
            FacesErrors.show(e, "paymentForm");
        }
    }

    public void approve() {
        try {
            run = runs.approve(run.id());
            FacesErrors.info("Оплата за " + month.getLabel() + " утверждена");
        } catch (BusinessException e) {
            FacesErrors.show(e, "paymentForm");
        }
    }

    /** Called by the poll while the run is running. */
    public void refresh() {
        if (run != null && run.id() != null) {
            run = runs.get(run.id());
            if (!isRunning()) {
                invoices = null;
            }
        }
    }

    public PagedModel<InvoiceView> getInvoices() {
        if (invoices == null) {
            Long id = run == null || !isVisible() ? -1L : run.id();
            PaymentRuns r = runs;
            invoices = new PagedModel<>(p -> r.invoices(id, null, p), InvoiceView::id);
        }
        return invoices;
    }

    public boolean isBound() {
        return currentUser.get().authorityId() != null;
    }

    public boolean isRunning() {
        return run != null && run.jobStatus() == ru.socorder.model.job.JobStatus.RUNNING;
    }

    public boolean isVisible() {
        return run != null && run.status() != null && run.status().visible();
    }

    public boolean isApproved() {
        return run != null && run.status() == PaymentRunStatus.APPROVED;
    }

    public boolean isCanStart() {
        Caller c = currentUser.get();
        return run != null && run.startable() && (c.has(Role.AUTHORITY_CLERK) || c.isAdmin());
    }

    public boolean isCanApprove() {
        Caller c = currentUser.get();
        return run != null && run.status() == PaymentRunStatus.READY && (c.has(Role.APPROVER) || c.isAdmin());
    }

    public String getStartLabel() {
        if (run == null || run.id() == null) {
            return "Рассчитать оплату";
        }
        return run.status() == PaymentRunStatus.READY ? "Пересчитать" : "Продолжить расчёт";
    }

    public String getAdvanceDay() {
        return run == null ? "" : RussianText.date(run.advanceDay());
    }

    public String amount(java.math.BigDecimal v) {
        return RussianText.amount(v);
    }


    public PaymentRunView getRun() {
        return run;
    }

    public int getSubmitted() {
        return submitted;
    }

    public int getExecutorsWithEntries() {
        return executorsWithEntries;
    }

    /** The month shown, with its neighbours (the page's {@code ?month=}). */
    public PaymentMonths getMonth() {
        return month;
    }
}
