package ru.socorder.api.registry;

import static ru.socorder.api.HistoryJson.nullable;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import ru.socorder.model.catalog.Licence;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.service.attachment.AttachmentInfo;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.registry.ProgrammeLifecycle;
import ru.socorder.service.registry.RegistryApplicationLifecycle;
import ru.socorder.service.registry.RegistryChecks;
import ru.socorder.service.registry.RegistryEntryLifecycle;

/** The JSON of the registry's records, the same for every endpoint that answers with them. */
final class RegistryJson {
    private RegistryJson() {
    }

    /** The body of a step: the version read, a comment (basis), a refusal reason, a date. */
    public static class StepBody {
        public Long version;
        public String comment;
        public ru.socorder.model.registry.InclusionRefusal reason;
        public LocalDate date;
    }

    static StepBody require(StepBody body) {
        if (body == null || body.version == null) {
            throw new ValidationFailed("version", "Передайте version, полученную при чтении записи");
        }
        return body;
    }

    static long version(Long version) {
        if (version == null) {
            throw new ValidationFailed("version", "Передайте version (в параметре запроса), полученную при чтении записи");
        }
        return version;
    }

    static <E extends Enum<E>> E action(Class<E> type, String name) {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }

    /** A status filter of a list, or 400 naming it. */
    static <E extends Enum<E>> E status(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed("status", "Неизвестный статус «" + value + "»");
        }
    }

    static JsonObjectBuilder application(RegistryApplication a, RegistryApplicationLifecycle.Actor actor) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", a.getId()).add("version", a.getVersion())
                .add("authorityId", a.getAuthority().getId()).add("authority", a.getAuthority().getShortName())
                .add("executorId", a.getExecutor().getId()).add("executor", a.getExecutor().getDisplayName())
                .add("status", a.getStatus().name()).add("statusLabel", RegistryApplicationLifecycle.label(a.getStatus()))
                .add("filedOnPaper", a.isFiledOnPaper()).add("createdAt", a.getCreatedAt().toString())
                .add("services", services(a.getServices()));
        nullable(b, "submittedAt", a.getSubmittedAt() == null ? null : a.getSubmittedAt().toString());
        nullable(b, "decidedOn", a.getDecidedOn() == null ? null : a.getDecidedOn().toString());
        nullable(b, "refusalReason", a.getRefusalReason() == null ? null : a.getRefusalReason().name());
        nullable(b, "refusalReasonLabel", a.getRefusalReason() == null ? null : a.getRefusalReason().label());
        nullable(b, "decisionComment", a.getDecisionComment());
        if (a.getLicence() == null) {
            b.addNull("licence");
        } else {
            b.add("licence", licence(a.getLicence()));
        }
        if (actor != null) {
            b.add("actions", actions(RegistryApplicationLifecycle.TABLE.actions(a.getStatus(), actor)));
        }
        return b;
    }

    static JsonObjectBuilder licence(Licence l) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("number", l.getNumber());
        nullable(b, "issuedOn", l.getIssuedOn() == null ? null : l.getIssuedOn().toString());
        nullable(b, "issuer", l.getIssuer());
        nullable(b, "activity", l.getActivity());
        nullable(b, "validUntil", l.getValidUntil() == null ? null : l.getValidUntil().toString());
        return b;
    }

    /** In the order of their registry numbers: a set has none, and the same record must read the same every time. */
    static JsonArrayBuilder services(Collection<SocialService> services) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        services.stream().sorted(java.util.Comparator.comparing(s -> s.getRegistryNumber().value())).forEach(s -> items.add(Json.createObjectBuilder().add("id", s.getId()).add("registryNumber", s.getRegistryNumber().formatted())
                .add("name", s.getName()).add("licenceRequired", s.isLicenceRequired())));
        return items;
    }

    static JsonArrayBuilder actions(List<? extends Enum<?>> actions) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        actions.forEach(a -> items.add(a.name().toLowerCase(Locale.ROOT)));
        return items;
    }

    static JsonArrayBuilder checks(List<RegistryChecks.Check> checks) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (RegistryChecks.Check c : checks) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("code", c.code()).add("label", c.label()).add("passed", c.passed())
                    .add("detail", c.detail());
            nullable(b, "refusalReason", c.refusal() == null ? null : c.refusal().name());
            items.add(b);
        }
        return items;
    }

    static JsonObjectBuilder attachment(AttachmentInfo a) {
        return Json.createObjectBuilder().add("id", a.id()).add("fileName", a.fileName()).add("contentType", a.contentType())
                .add("size", a.size()).add("sha256", a.sha256()).add("uploadedBy", a.uploadedBy()).add("uploadedAt", a.uploadedAt().toString());
    }

    static JsonObjectBuilder entry(RegistryEntry e, RegistryEntryLifecycle.Actor actor) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", e.getId()).add("version", e.getVersion()).add("number", e.getNumber())
                .add("authorityId", e.getAuthority().getId()).add("authority", e.getAuthority().getShortName())
                .add("executorId", e.getExecutor().getId()).add("executor", e.getExecutor().getDisplayName())
                .add("status", e.getStatus().name()).add("statusLabel", RegistryEntryLifecycle.label(e.getStatus()))
                .add("includedOn", e.getIncludedOn().toString()).add("services", services(e.getServices()));
        nullable(b, "changedOn", e.getChangedOn() == null ? null : e.getChangedOn().toString());
        nullable(b, "reason", e.getReason());
        if (e.getApplication() == null) {
            b.addNull("applicationId");
        } else {
            b.add("applicationId", e.getApplication().getId());
        }
        if (actor != null) {
            b.add("actions", actions(RegistryEntryLifecycle.TABLE.actions(e.getStatus(), actor)));
        }
        return b;
    }

    static JsonObjectBuilder programme(Programme p, ProgrammeLifecycle.Actor actor, List<ProgrammeGroup> groups) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", p.getId()).add("version", p.getVersion())
                .add("authorityId", p.getAuthority().getId()).add("executorId", p.getExecutor().getId())
                .add("executor", p.getExecutor().getDisplayName()).add("serviceId", p.getService().getId())
                .add("registryNumber", p.getService().getRegistryNumber().formatted()).add("name", p.getName())
                .add("orientation", p.getOrientation().name()).add("orientationLabel", p.getOrientation().label())
                .add("form", p.getForm().name()).add("formLabel", p.getForm().label()).add("ageFrom", p.getAgeFrom())
                .add("ageTo", p.getAgeTo()).add("durationMonths", p.getDurationMonths()).add("hours", p.getHours())
                .add("capacity", p.getCapacity()).add("status", p.getStatus().name())
                .add("statusLabel", ProgrammeLifecycle.label(p.getStatus()));
        nullable(b, "description", p.getDescription());
        decimal(b, "normativeCost", p.getNormativeCost());
        decimal(b, "price", p.getPrice());
        JsonArrayBuilder addresses = Json.createArrayBuilder();
        p.getAddresses().forEach(addresses::add);
        b.add("addresses", addresses);
        if (p.getApplication() == null) {
            b.addNull("applicationId");
        } else {
            b.add("applicationId", p.getApplication().getId());
        }
        if (actor != null) {
            b.add("actions", actions(ProgrammeLifecycle.TABLE.actions(p.getStatus(), actor)));
        }
        if (groups != null) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            groups.forEach(g -> items.add(group(g)));
            b.add("groups", items);
        }
        return b;
    }

    static JsonObjectBuilder group(ProgrammeGroup g) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", g.getId()).add("version", g.getVersion())
                .add("programmeId", g.getProgramme().getId()).add("name", g.getName()).add("startsOn", g.getStartsOn().toString())
                .add("endsOn", g.getEndsOn().toString()).add("capacity", g.getCapacity()).add("taken", g.getTaken())
                .add("freePlaces", g.getFreePlaces());
        nullable(b, "schedule", g.getSchedule());
        return b;
    }

    static JsonObjectBuilder normative(ServiceNormative n) {
        return Json.createObjectBuilder().add("id", n.getId()).add("version", n.getVersion()).add("serviceId", n.getService().getId())
                .add("registryNumber", n.getService().getRegistryNumber().formatted()).add("serviceName", n.getService().getName())
                .add("year", n.getYear()).add("baseCost", n.getBaseCost()).add("territorialCoefficient", n.getTerritorialCoefficient())
                .add("sectoralCoefficient", n.getSectoralCoefficient()).add("unitCost", n.unitCost());
    }

    private static void decimal(JsonObjectBuilder b, String name, BigDecimal value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
