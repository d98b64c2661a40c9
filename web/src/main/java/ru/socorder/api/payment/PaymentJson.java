package ru.socorder.api.payment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.payment.InvoiceView;
import ru.socorder.service.payment.PaymentReconciliation;
import ru.socorder.service.payment.PaymentRunView;
import ru.socorder.service.payment.Reconciliation;

/** JSON of the payment cycle's answers. */
final class PaymentJson {
    private PaymentJson() {
    }

    /** {@code 2027-03}, or 400 naming the field. */
    static YearMonth month(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailed(field, "Укажите месяц в виде ГГГГ-ММ, например 2027-03");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailed(field, "Месяц «" + value.strip() + "» указан неверно: нужен вид ГГГГ-ММ, например 2027-03");
        }
    }

    static JsonObject run(PaymentRunView r) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (r.id() != null) {
            b.add("id", r.id()).add("version", r.version());
        }
        b.add("authorityId", r.authorityId()).add("month", r.month().toString())
                .add("status", r.status() == null ? "NONE" : r.status().name()).add("statusLabel", r.statusLabel())
                .add("advanceDay", r.advanceDay().toString()).add("agreements", r.agreements()).add("processed", r.processed())
                .add("progress", r.progress()).add("invoices", r.invoices()).add("totalDelivered", money(r.totalDelivered()))
                .add("totalAdvance", money(r.totalAdvance())).add("totalDue", money(r.totalDue()));
        if (r.jobId() != null) {
            b.add("jobId", r.jobId()).add("jobStatus", r.jobStatus().name());
        }
        if (r.approvedBy() != null) {
            b.add("approvedBy", r.approvedBy()).add("approvedAt", r.approvedAt().toString());
        }
        if (r.message() != null) {
            b.add("message", r.message());
        }
        return b.build();
    }

    static JsonObject invoice(InvoiceView i) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", i.id()).add("runId", i.runId()).add("executorId", i.executorId())
                .add("executor", i.executor() == null ? "" : i.executor()).add("agreementId", i.agreementId())
                .add("agreementNumber", i.agreementNumber()).add("kind", i.kind().name()).add("month", i.month().toString())
                .add("lines", i.lines()).add("planned", money(i.planned())).add("advancePaid", money(i.advancePaid()))
                .add("delivered", money(i.delivered())).add("carriedIn", money(i.carriedIn())).add("amountDue", money(i.amountDue()))
                .add("carriedForward", money(i.carriedForward())).add("status", i.status());
        if (i.payOn() != null) {
            b.add("payOn", i.payOn().toString());
        }
        return b.build();
    }

    static JsonObject reconciliation(PaymentReconciliation.Report r) {
        var items = Json.createArrayBuilder();
        for (Reconciliation.Difference d : r.differences()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("what", d.what()).add("expected", money(d.expected()))
                    .add("actual", money(d.actual())).add("executor", d.executor() == null ? "" : d.executor());
            if (d.contractNumber() != null) {
                b.add("contractNumber", d.contractNumber()).add("certificateNumber", d.certificateNumber());
            }
            items.add(b);
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("authorityId", r.authorityId()).add("month", r.month().toString())
                .add("runStatus", r.runStatus()).add("contracts", r.contracts()).add("differences", items);
        if (r.zeroLine() != null) {
            b.add("zeroLine", r.zeroLine());
        }
        return b.build();
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
