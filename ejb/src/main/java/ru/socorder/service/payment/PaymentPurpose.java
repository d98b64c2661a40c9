package ru.socorder.service.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.payment.InvoiceKind;
import ru.socorder.model.payment.PaymentOrder;

/**
 * The purpose text of a payment order (назначение платежа): «Субсидия по соглашению № … от … за <месяц> <год> г.,
 * аванс | оплата оказанных услуг по акту. Без налога (НДС)» — the agreement, the month and what is paid, within the
 * treasury's 210 characters.
 */
public final class PaymentPurpose {
    private PaymentPurpose() {
    }

    public static String of(String agreementNumber, LocalDate agreementDate, YearMonth month, InvoiceKind kind) {
        String text = "Субсидия по соглашению № " + agreementNumber
                + (agreementDate == null ? "" : " от " + RussianText.date(agreementDate))
                + " за " + RussianText.monthNominative(month.getMonthValue()) + " " + month.getYear() + " г., "
                + (kind == InvoiceKind.ADVANCE ? "аванс" : "оплата оказанных услуг по акту") + ". Без налога (НДС)";
        return text.length() <= PaymentOrder.PURPOSE_LENGTH ? text : text.substring(0, PaymentOrder.PURPOSE_LENGTH - 1) + "…";
    }
}
