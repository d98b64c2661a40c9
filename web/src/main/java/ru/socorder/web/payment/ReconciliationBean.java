package ru.socorder.web.payment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.payment.PaymentReconciliation;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.web.shell.FacesErrors;

/** «Сверка»: the reconciliation of the caller's authority for a month — every difference, or «Расхождений нет». */
@Named("reconciliation")
@ViewScoped
public class ReconciliationBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PaymentReconciliation service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private PaymentMonths month;
    private PaymentReconciliation.Report report;

    @PostConstruct
    void init() {
        month = new PaymentMonths(YearMonth.now(clock).minusMonths(1));
    }

    public void read() {
        Long authority = currentUser.get().authorityId();
        if (authority == null) {
            report = null;
            return;
        }
        try {
            report = service.of(authority, month.value());
        } catch (BusinessException e) {
            FacesErrors.show(e, "reconciliationForm");
        }
    }

    public PaymentReconciliation.Report getReport() {
        if (report == null) {
            read();
        }
        return report;
    }

    public String amount(java.math.BigDecimal v) {
        return RussianText.amount(v);
    }

    /** The month shown, with its neighbours (the page's {@code ?month=}). */
    public PaymentMonths getMonth() {
        return month;
    }
}
