package ru.socorder.api.usage;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.usage.CorrectionView;
import ru.socorder.service.usage.UsageGrid;
import ru.socorder.service.usage.UsageMonthView;
import ru.socorder.service.usage.UsageRules;
import ru.socorder.service.usage.UsageView;

/** The JSON of delivered volume (every optional field present, null when unknown; hours and amounts as decimal strings). */
final class UsageJson {
    private UsageJson() {
    }

    static JsonObject usage(UsageView u) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", u.id()).add("version", u.version()).add("contractId", u.contractId())
                .add("contractNumber", u.contractNumber()).add("certificateNumber", u.certificateNumber()).add("child", u.child())
                .add("programmeName", u.programmeName()).add("executorId", u.executorId()).add("executorName", u.executorName())
                .add("authorityId", u.authorityId()).add("month", u.month().toString()).add("hours", u.hours().toPlainString())
                .add("amount", u.amount().toPlainString()).add("status", u.status().name()).add("statusLabel", u.statusLabel())
                .add("source", u.source()).add("enteredBy", u.enteredBy()).add("enteredAt", u.enteredAt().toString());
        text(b, "submittedAt", u.submittedAt());
        return b.build();
    }

    static JsonObject month(UsageMonthView m) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (m.id() == null) {
            b.addNull("id");
        } else {
            b.add("id", m.id());
        }
        b.add("executorId", m.executorId())
                .add("executorName", m.executorName()).add("authorityId", m.authorityId()).add("month", m.month().toString())
                .add("status", m.status().name()).add("statusLabel", m.statusLabel());
        text(b, "submittedAt", m.submittedAt());
        text(b, "submittedBy", m.submittedBy());
        return b.add("contracts", m.contracts()).add("hours", m.hours().toPlainString()).add("amount", m.amount().toPlainString()).build();
    }

    static JsonObject correction(CorrectionView c) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", c.id()).add("hoursBefore", c.hoursBefore().toPlainString())
                .add("hoursAfter", c.hoursAfter().toPlainString()).add("amountDelta", c.amountDelta().toPlainString())
                .add("reason", c.reason()).add("correctedBy", c.correctedBy()).add("correctedAt", c.correctedAt().toString());
        text(b, "movement", c.movement());
        return b.build();
    }

    static JsonObject grid(UsageGrid g) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (UsageGrid.Row r : g.rows()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("contractId", r.contractId()).add("contractNumber", r.contractNumber())
                    .add("certificateNumber", r.certificateNumber()).add("child", r.child()).add("programmeName", r.programmeName())
                    .add("contractHours", r.contractHours().toPlainString()).add("delivered", r.delivered().toPlainString())
                    .add("remaining", r.remaining().toPlainString());
            text(b, "hours", decimal(r.hours()));
            text(b, "amount", decimal(r.amount()));
            if (r.usageId() == null) {
                b.addNull("usageId");
            } else {
                b.add("usageId", r.usageId());
            }
            text(b, "statusLabel", r.statusLabel());
            rows.add(b.add("submitted", r.submitted()));
        }
        return Json.createObjectBuilder().add("executorId", g.executorId()).add("executorName", g.executorName())
                .add("month", g.month().toString()).add("submitted", g.submitted()).add("editable", g.editable()).add("rows", rows)
                .build();
    }

    static String items(List<JsonObject> list) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        list.forEach(items::add);
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    static <T> String page(Page<T> p, int page, int size, Function<T, JsonObject> item) {
        return Json.createObjectBuilder().add("items", Json.createArrayBuilder(p.items().stream().map(item).toList()))
                .add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    /** A month parameter ({@code 2027-01}); null stays null, anything else unreadable is 400 naming the parameter. */
    static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        YearMonth m = UsageRules.month(value);
        if (m == null) {
            throw new ValidationFailed(name, "Месяц «" + value + "» не распознан: укажите его как ГГГГ-ММ");
        }
        return m;
    }

    private static String decimal(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static void text(JsonObjectBuilder b, String name, Object value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value.toString());
        }
    }
}
