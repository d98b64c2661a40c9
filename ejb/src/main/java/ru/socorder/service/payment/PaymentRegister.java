package ru.socorder.service.payment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.payment.InvoiceKind;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The payment register of a month (реестр платежей): one row per invoice — the executor, the agreement, advance or
 * act, the month, the planned or delivered amount, the advance and overpayment set off, the amount due, the
 * overpayment carried forward and the day of payment — as XLSX columns and as the printed {@code payment/register}.
 * Plain class.
 */
public final class PaymentRegister {
    private PaymentRegister() {
    }

    public static List<TableWriter.Column<InvoiceView>> columns() {
        return List.of(
                new TableWriter.Column<>("Исполнитель услуг", InvoiceView::executor),
                new TableWriter.Column<>("Соглашение", InvoiceView::agreementNumber),
                new TableWriter.Column<>("Вид", InvoiceView::kindLabel),
                new TableWriter.Column<>("Месяц", i -> month(i.month())),
                new TableWriter.Column<>("План / оказано, руб.", PaymentRegister::base),
                new TableWriter.Column<>("Аванс зачтён, руб.", InvoiceView::advancePaid),
                new TableWriter.Column<>("Переплата зачтена, руб.", InvoiceView::carriedIn),
                new TableWriter.Column<>("К оплате, руб.", InvoiceView::amountDue),
                new TableWriter.Column<>("Переплата на следующий месяц, руб.", InvoiceView::carriedForward),
                new TableWriter.Column<>("Дата оплаты", i -> i.payOn() == null ? "" : RussianText.date(i.payOn())),
                new TableWriter.Column<>("Строк (договоров)", InvoiceView::lines));
    }

    /** The printed register of a run (or of one executor in it). */
    public static Part print(String authority, YearMonth month, String executor, List<InvoiceView> invoices) {
        List<Map<String, ?>> rows = new ArrayList<>();
        BigDecimal due = BigDecimal.ZERO;
        for (InvoiceView i : invoices) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("executor", i.executor());
            r.put("agreement", "№ " + i.agreementNumber());
            r.put("kind", i.kindLabel());
            r.put("month", month(i.month()));
            r.put("planned", RussianText.amount(base(i)));
            r.put("advance", RussianText.amount(i.advancePaid()));
            r.put("carriedIn", RussianText.amount(i.carriedIn()));
            r.put("due", RussianText.amount(i.amountDue()));
            r.put("carriedForward", RussianText.amount(i.carriedForward()));
            r.put("payOn", i.payOn() == null ? "" : RussianText.date(i.payOn()));
            rows.add(r);
            due = due.add(i.amountDue());
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", "Реестр платежей по соглашениям о финансовом обеспечении (возмещении) затрат за " + month(month));
        p.put("SUBTITLE", authority + (executor == null ? "" : "\n" + executor));
        p.put("NOTE", invoices.isEmpty() ? "Счетов нет." : "Счетов: " + invoices.size() + ". Итого к оплате: " + RussianText.amount(due) + " руб.");
        return new Part("payment/register", p, rows);
    }

    private static BigDecimal base(InvoiceView i) {
        return i.kind() == InvoiceKind.ADVANCE ? i.planned() : i.delivered();
    }

    static String month(YearMonth m) {
        return RussianText.monthNominative(m.getMonthValue()) + " " + m.getYear() + " г.";
    }
}
