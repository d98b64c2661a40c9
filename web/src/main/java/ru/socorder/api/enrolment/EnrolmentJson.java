package ru.socorder.api.enrolment;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import ru.socorder.api.HistoryJson;
import ru.socorder.service.certificate.enrolment.ContractView;
import ru.socorder.service.certificate.enrolment.EnrolmentView;
import ru.socorder.service.certificate.enrolment.GroupOption;
import ru.socorder.service.certificate.enrolment.PublicContract;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.ValidationFailed;

/** The JSON of enrolments and contracts (every optional field present, null when unknown). */
final class EnrolmentJson {
    private EnrolmentJson() {
    }

    static JsonObject enrolment(EnrolmentView e) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", e.id()).add("version", e.version()).add("status", e.status().name())
                .add("statusLabel", e.statusLabel()).add("channel", e.channel()).add("certificateId", e.certificateId())
                .add("certificateNumber", e.certificateNumber()).add("programmeId", e.programmeId()).add("programmeName", e.programmeName())
                .add("groupId", e.groupId()).add("groupName", e.groupName()).add("groupStartsOn", e.groupStartsOn().toString())
                .add("groupEndsOn", e.groupEndsOn().toString()).add("executorId", e.executorId()).add("executorName", e.executorName())
                .add("authorityId", e.authorityId()).add("requestedAt", e.requestedAt().toString()).add("answerDue", e.answerDue().toString())
                .add("overdue", e.isOverdue());
        text(b, "answeredAt", e.answeredAt());
        text(b, "refusalReason", e.refusalReason());
        text(b, "price", e.price() == null ? null : e.price().toPlainString());
        number(b, "contractId", e.contractId());
        text(b, "contractNumber", e.contractNumber());
        JsonArrayBuilder actions = Json.createArrayBuilder();
        e.actions().forEach(a -> actions.add(a.toLowerCase(Locale.ROOT)));
        return b.add("actions", actions).build();
    }

    static JsonObject contract(ContractView k) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", k.id()).add("version", k.version()).add("number", k.number())
                .add("status", k.status().name()).add("statusLabel", k.statusLabel()).add("certificateId", k.certificateId())
                .add("certificateNumber", k.certificateNumber()).add("executorId", k.executorId()).add("executorName", k.executorName())
                .add("authorityId", k.authorityId()).add("programmeId", k.programmeId()).add("programmeName", k.programmeName());
        number(b, "groupId", k.groupId());
        text(b, "groupName", k.groupName());
        number(b, "enrolmentId", k.enrolmentId());
        b.add("concludedOn", k.concludedOn().toString()).add("startsOn", k.startsOn().toString()).add("endsOn", k.endsOn().toString())
                .add("hours", k.hours().toPlainString()).add("pricePerHour", k.pricePerHour().toPlainString())
                .add("price", k.price().toPlainString());
        text(b, "terminatedOn", k.terminatedOn());
        text(b, "terminatedBy", k.terminatedBy());
        number(b, "replacesId", k.replacesId());
        text(b, "replacesNumber", k.replacesNumber());
        number(b, "replacedById", k.replacedById());
        return b.add("canTerminate", k.canTerminate()).add("canChangeExecutor", k.canChange()).build();
    }

    static JsonObject group(GroupOption g) {
        return Json.createObjectBuilder().add("id", g.id()).add("programmeName", g.programmeName()).add("groupName", g.groupName())
                .add("executorName", g.executorName()).add("startsOn", g.startsOn().toString()).add("endsOn", g.endsOn().toString())
                .add("freePlaces", g.freePlaces()).add("price", g.price().toPlainString()).build();
    }

    static JsonObject publicContract(PublicContract k) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("executor", k.executor()).add("programme", k.programme())
                .add("startsOn", k.startsOn().toString()).add("endsOn", k.endsOn().toString()).add("status", k.status());
        text(b, "terminatedOn", k.terminatedOn());
        return b.build();
    }

    static <T> String page(Page<T> p, int page, int size, Function<T, JsonObject> item) {
        return Json.createObjectBuilder().add("items", items(p.items(), item)).add("total", p.total()).add("page", page).add("size", size)
                .build().toString();
    }

    static <T> JsonArrayBuilder items(List<T> list, Function<T, JsonObject> item) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        list.forEach(t -> items.add(item.apply(t)));
        return items;
    }

    /** A value of an enum by its name in any case; 400 naming the parameter for an unknown one. */
    static <E extends Enum<E>> E parameter(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(name, "Неизвестное значение «" + value + "»; допустимы: "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static void text(JsonObjectBuilder b, String name, Object value) {
        HistoryJson.nullable(b, name, value == null ? null : value.toString());
    }

    private static void number(JsonObjectBuilder b, String name, Long value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
