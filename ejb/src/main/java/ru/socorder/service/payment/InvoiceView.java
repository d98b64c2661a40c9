package ru.socorder.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import ru.socorder.model.payment.Invoice;
import ru.socorder.model.payment.InvoiceKind;

/** An invoice as lists, the register and the API show it. */
public record InvoiceView(long id, long runId, long executorId, String executor, long agreementId, String agreementNumber,
                          InvoiceKind kind, String kindLabel, YearMonth month, LocalDate payOn, int lines, BigDecimal planned,
                          BigDecimal advancePaid, BigDecimal delivered, BigDecimal carriedIn, BigDecimal amountDue,
                          BigDecimal carriedForward, String status) implements Serializable {

    public static InvoiceView of(Invoice i, String executor, int lines) {
        return new InvoiceView(i.getId(), i.getRunId(), i.getExecutorId(), executor, i.getAgreementId(), i.getAgreementNumber(),
                i.getKind(), i.getKind().label(), i.getMonth(), i.getPayOn(), lines, i.getPlanned(), i.getAdvancePaid(),
                i.getDelivered(), i.getCarriedIn(), i.getAmountDue(), i.getCarriedForward(), i.getStatus());
    }
}
