package ru.socorder.web.payment;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.YearMonth;
import ru.socorder.model.common.RussianText;

/**
 * The month a payment screen shows ({@code ?month=2027-03}) with its neighbours for the links «← февраль 2027» /
 * «апрель 2027 →», named as «март 2027». Anything but a valid {@code ГГГГ-ММ} keeps the month shown.
 */
public final class PaymentMonths implements Serializable {
    private static final long serialVersionUID = 1L;
    private YearMonth month;

    PaymentMonths(YearMonth month) {
        this.month = month;
    }

    static String label(YearMonth m) {
        return RussianText.monthNominative(m.getMonthValue()) + " " + m.getYear();
    }

    YearMonth value() {
        return month;
    }

    public String getMonth() {
        return month.toString();
    }

    public void setMonth(String text) {
        if (text != null && text.matches("\\d{4}-\\d{2}")) {
            try {
                month = YearMonth.parse(text);
            } catch (DateTimeException e) {
                // not a month: the month shown stays
            }
        }
    }

    public String getLabel() {
        return label(month);
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    public String getNext() {
        return month.plusMonths(1).toString();
    }

    public String getPreviousLabel() {
        return label(month.minusMonths(1));
    }

    public String getNextLabel() {
        return label(month.plusMonths(1));
    }
}
