package ru.socorder.api.certificate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.LegalRepresentative;
import ru.socorder.service.certificate.ApplicationAnswer;
import ru.socorder.service.certificate.CertificateRow;
import ru.socorder.service.certificate.ConsumerRow;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.ValidationFailed;

/** The JSON of the certificate area's records, written in one place for the resources. */
final class CertificateJson {
    private CertificateJson() {
    }

    static <T> String page(Page<T> p, int page, int size, Function<T, JsonObject> item) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        p.items().forEach(i -> items.add(item.apply(i)));
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    /** The enum constant named (any case), null for null; 400 naming the parameter otherwise. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(field, "Неизвестное значение «" + value + "»; допустимы: "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    static JsonObjectBuilder put(JsonObjectBuilder b, String name, Object value) {
        if (value == null) {
            b.addNull(name);
        } else if (value instanceof BigDecimal d) {
            b.add(name, d);
        } else if (value instanceof Long l) {
            b.add(name, l);
        } else if (value instanceof Integer i) {
            b.add(name, i);
        } else if (value instanceof Boolean f) {
            b.add(name, f);
        } else {
            b.add(name, value.toString());
        }
        return b;
    }

    static JsonObject terms(CertificateTerms t) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", t.getId()).add("version", t.getVersion())
                .add("territoryId", t.getTerritory().getId()).add("territoryName", t.getTerritory().getName()).add("year", t.getYear())
                .add("validFrom", t.getValidFrom().toString()).add("validTo", t.getValidTo().toString())
                .add("nominalHours", t.getNominalHours()).add("nominalAmount", t.getNominalAmount()).add("ageFrom", t.getAgeFrom())
                .add("ageTo", t.getAgeTo()).add("onePer", t.getOnePer().name()).add("onePerLabel", t.getOnePer().label())
                .add("answerDays", t.getAnswerDays());
        return b.build();
    }

    static JsonObject consumerRow(ConsumerRow r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("version", r.version()).add("fullName", r.fullName())
                .add("birthDate", r.birthDate().toString());
        put(b, "snils", r.maskedSnils());
        put(b, "territoryId", r.territoryId());
        put(b, "territoryName", r.territoryName());
        b.add("status", r.status().name()).add("statusLabel", r.statusLabel());
        put(b, "category", r.category());
        if (r.candidate() != null) {
            JsonObjectBuilder c = Json.createObjectBuilder().add("id", r.candidate().id()).add("fullName", r.candidate().fullName())
                    .add("birthDate", r.candidate().birthDate().toString());
            put(c, "snils", r.candidate().maskedSnils());
            b.add("candidate", c);
        } else {
            b.addNull("candidate");
        }
        return b.build();
    }

    /** The full personal data (the caller may READ the consumer; the view is audited by the boundary). */
    static JsonObject consumer(Consumer c) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", c.getId()).add("version", c.getVersion())
                .add("lastName", c.getLastName()).add("firstName", c.getFirstName());
        put(b, "middleName", c.getMiddleName());
        b.add("fullName", c.getFullName()).add("birthDate", c.getBirthDate().toString());
        put(b, "snils", c.getSnils() == null ? null : c.getSnils().formatted());
        put(b, "maskedSnils", c.getMaskedSnils());
        b.add("territoryId", c.getTerritory().getId()).add("territoryName", c.getTerritory().getName());
        put(b, "address", c.getAddress());
        put(b, "category", c.getCategory());
        LegalRepresentative r = c.getRepresentative();
        if (r != null) {
            JsonObjectBuilder rep = Json.createObjectBuilder();
            put(rep, "lastName", r.getLastName());
            put(rep, "firstName", r.getFirstName());
            put(rep, "middleName", r.getMiddleName());
            put(rep, "phone", r.getPhone());
            put(rep, "email", r.getEmail());
            put(rep, "document", r.getDocument());
            put(rep, "snils", r.getSnils() == null ? null : r.getSnils().formatted());
            b.add("representative", rep);
        } else {
            b.addNull("representative");
        }
        b.add("status", c.getStatus().name());
        put(b, "duplicateOfId", c.getDuplicateOf() == null ? null : c.getDuplicateOf().getId());
        return b.build();
    }

    static JsonObject application(ApplicationAnswer a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", a.id()).add("version", a.version())
                .add("idempotencyKey", a.idempotencyKey()).add("channel", a.channel()).add("authorityId", a.authorityId())
                .add("consumerId", a.consumerId()).add("consumerName", a.consumerName());
        put(b, "consumerSnils", a.maskedSnils());
        b.add("serviceId", a.serviceId());
        put(b, "serviceNumber", a.serviceNumber());
        put(b, "serviceName", a.serviceName());
        b.add("year", a.year()).add("startsOn", a.startsOn().toString()).add("status", a.status().name()).add("statusLabel", a.statusLabel());
        put(b, "reasonCode", a.reason() == null ? null : a.reason().name());
        put(b, "reasonText", a.reasonText());
        put(b, "queuePosition", a.queuePosition());
        put(b, "certificateNumber", a.certificateNumber());
        put(b, "receivedAt", a.receivedAt());
        put(b, "decidedAt", a.decidedAt());
        return b.build();
    }

    static JsonObject certificateRow(CertificateRow r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("version", r.version()).add("number", r.number())
                .add("formattedNumber", r.formattedNumber()).add("consumerId", r.consumerId()).add("consumerName", r.consumerName());
        put(b, "consumerSnils", r.maskedSnils());
        b.add("serviceId", r.serviceId());
        put(b, "serviceNumber", r.serviceNumber());
        put(b, "serviceName", r.serviceName());
        b.add("year", r.year()).add("issuedOn", r.issuedOn().toString()).add("validFrom", r.validFrom().toString())
                .add("validTo", r.validTo().toString()).add("nominalHours", r.nominalHours()).add("nominalAmount", r.nominalAmount())
                .add("status", r.status().name()).add("statusLabel", r.statusLabel());
        return b.build();
    }

    static JsonObject certificate(Certificate c, Balance balance, List<String> actions) {
        JsonObjectBuilder b = Json.createObjectBuilder(certificateRow(CertificateRow.of(c)));
        b.add("authorityId", c.getAuthority().getId());
        put(b, "applicationId", c.getApplication() == null ? null : c.getApplication().getId());
        b.add("balance", balance(balance));
        JsonArrayBuilder a = Json.createArrayBuilder();
        actions.forEach(a::add);
        b.add("actions", a);
        return b.build();
    }

    static JsonObject balance(Balance b) {
        return Json.createObjectBuilder()
                .add("hours", tally(b.hours()))
                .add("amount", tally(b.amount())).build();
    }

    private static JsonObject tally(Balance.Tally t) {
        return Json.createObjectBuilder().add("nominal", t.nominal()).add("allocated", t.allocated()).add("consumed", t.consumed())
                .add("expired", t.expired()).add("available", t.available()).build();
    }

    static JsonObject movement(CertificateMovement m) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("seq", m.getSeq()).add("kind", m.getKind().name())
                .add("kindLabel", m.getKind().label()).add("hours", m.getHours()).add("amount", m.getAmount())
                .add("at", m.getAt().toString()).add("actor", m.getActor());
        put(b, "contractId", m.getContract() == null ? null : m.getContract().getId());
        put(b, "contractNumber", m.getContract() == null ? null : m.getContract().getNumber());
        put(b, "comment", m.getComment());
        b.add("balance", balance(m.balance()));
        return b.build();
    }
}
