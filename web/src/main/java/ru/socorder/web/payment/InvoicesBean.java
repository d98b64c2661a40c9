package ru.socorder.web.payment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.payment.InvoiceView;
import ru.socorder.service.payment.PaymentRuns;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** «Счета и оплата»: the invoices of finished runs in the caller's scope — an executor its own only (read). */
@Named("invoices")
@ViewScoped
public class InvoicesBean extends ListBean<InvoiceView> {
    private static final long serialVersionUID = 1L;

    @EJB
    private PaymentRuns runs;

    @Override
    protected PagedModel<InvoiceView> createModel() {
        PaymentRuns r = runs;
        return new PagedModel<>(p -> r.invoices(null, null, p), InvoiceView::id);
    }

    public String amount(java.math.BigDecimal v) {
        return RussianText.amount(v);
    }

    public String month(java.time.YearMonth m) {
        return PaymentMonths.label(m);
    }
}
