package ru.socorder.api.decision;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import ru.socorder.model.decision.AgendaItem;
import ru.socorder.model.decision.Deadline;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.EfficiencyGoal;
import ru.socorder.model.decision.EfficiencyIndicator;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.PlanActivity;
import ru.socorder.model.decision.PlanStage;
import ru.socorder.model.decision.ServiceInScope;
import ru.socorder.service.decision.AppendixDefaults;
import ru.socorder.service.decision.AppendixForm;
import ru.socorder.service.decision.AppendixRules;
import ru.socorder.service.decision.DecisionDocuments;
import ru.socorder.service.decision.DecisionView;
import ru.socorder.service.decision.IndicatorRules;

/** JSON shapes of decisions in the API. */
final class DecisionJson {
    private DecisionJson() {
    }

    static JsonObjectBuilder summary(Decision d) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", d.getId()).add("version", d.getVersion())
                .add("label", d.getLabel()).add("title", d.getTitle()).add("issuer", d.getIssuer())
                .add("territoryId", d.getTerritory().getId()).add("territory", d.getTerritory().getName())
                .add("status", d.getStatus().name());
        put(b, "actType", d.getActType());
        put(b, "number", d.getNumber());
        put(b, "date", d.getDate());
        return b;
    }

    static JsonObject full(DecisionView v, LocalDate today) {
        Decision d = v.decision();
        JsonObjectBuilder b = summary(d);
        put(b, "effectiveFrom", d.getEffectiveFrom());
        put(b, "retroactiveFrom", d.getRetroactiveFrom());
        put(b, "validUntil", d.getValidUntil());
        put(b, "amends", d.getAmends() != null ? d.getAmends().getLabel() : d.getAmendsText());
        put(b, "signatory", d.getSignatoryName() == null ? null : d.getSignatoryPosition() + " " + d.getSignatoryName());
        put(b, "controlOfficial", d.getControlOfficial());
        JsonArrayBuilder directions = Json.createArrayBuilder();
        d.getDirections().forEach(x -> {
            JsonObjectBuilder db = Json.createObjectBuilder().add("code", x.getCode()).add("name", x.getName());
            put(db, "authority", d.getAssignments().stream().filter(a -> a.getDirection().equals(x)).map(a -> a.getAuthority().getShortName())
                    .findFirst().orElse(null));
            directions.add(db);
        });
        JsonArrayBuilder authorities = Json.createArrayBuilder();
        d.getAuthorities().forEach(a -> authorities.add(Json.createObjectBuilder().add("id", a.getId()).add("name", a.getShortName())));
        JsonArrayBuilder services = Json.createArrayBuilder();
        for (ServiceInScope s : v.services()) {
            JsonObjectBuilder sb = Json.createObjectBuilder().add("registryNumber", s.getService().getRegistryNumber().formatted())
                    .add("name", s.getService().getName()).add("method", s.getMethod().name());
            put(sb, "description", s.getDescription());
            put(sb, "organiser", s.getOrganiser() == null ? null : s.getOrganiser().getShortName());
            services.add(sb);
        }
        JsonArrayBuilder exclusions = Json.createArrayBuilder();
        d.getExclusions().forEach(exclusions::add);
        JsonArrayBuilder stages = Json.createArrayBuilder();
        for (PlanStage st : v.stages()) {
            JsonArrayBuilder activities = Json.createArrayBuilder();
            for (PlanActivity a : st.getActivities()) {
                JsonArrayBuilder responsible = Json.createArrayBuilder();
                a.getResponsible().forEach(responsible::add);
                JsonObjectBuilder ab = Json.createObjectBuilder().add("id", a.getId()).add("version", a.getVersion())
                        .add("text", a.getText()).add("deadline", deadline(a.getDeadline(), today))
                        .add("status", a.statusOn(today).name()).add("responsible", responsible);
                put(ab, "number", a.getNumber());
                put(ab, "result", a.getResult());
                put(ab, "doneOn", a.getDoneOn());
                activities.add(ab);
            }
            JsonObjectBuilder sb = Json.createObjectBuilder().add("id", st.getId()).add("title", st.getTitle()).add("activities", activities);
            put(sb, "number", st.getNumber());
            stages.add(sb);
        }
        JsonArrayBuilder goals = Json.createArrayBuilder();
        for (EfficiencyGoal g : v.goals()) {
            JsonArrayBuilder indicators = Json.createArrayBuilder();
            for (EfficiencyIndicator i : g.getIndicators()) {
                JsonObjectBuilder ib = Json.createObjectBuilder().add("id", i.getId()).add("version", i.getVersion())
                        .add("text", i.getText()).add("valueType", i.getValueType().name());
                put(ib, "parentId", i.getParent() == null ? null : i.getParent().getId());
                put(ib, "type", i.getType() == null ? null : i.getType().name());
                put(ib, "unit", i.getUnit());
                put(ib, "baseValue", i.getBaseValue());
                put(ib, "baseYear", i.getBaseYear());
                put(ib, "targetValue", i.getTargetValue());
                put(ib, "targetYear", i.getTargetYear());
                put(ib, "responsible", i.getResponsible());
                JsonArrayBuilder actuals = Json.createArrayBuilder();
                i.getActuals().forEach(a -> actuals.add(Json.createObjectBuilder().add("year", a.getYear()).add("value", a.getValue())));
                ib.add("actuals", actuals);
                ib.add("achievement", IndicatorRules.achievement(i.getValueType(), i.getTargetValue(),
                        i.latestActual().map(x -> x.getValue()).orElse(null)).name());
                indicators.add(ib);
            }
            JsonObjectBuilder gb = Json.createObjectBuilder().add("title", g.getTitle()).add("indicators", indicators);
            put(gb, "number", g.getNumber());
            goals.add(gb);
        }
        JsonObjectBuilder group = Json.createObjectBuilder();
        if (v.group() != null) {
            group.add("id", v.group().getId()).add("name", v.group().getName());
            put(group, "delegatedTo", v.group().getDelegatedTo());
            JsonArrayBuilder members = Json.createArrayBuilder();
            for (GroupMember m : v.group().getMembers()) {
                JsonObjectBuilder mb = Json.createObjectBuilder().add("id", m.getId()).add("fullName", m.getFullName()).add("role", m.getRole().name());
                put(mb, "position", m.getPosition());
                members.add(mb);
            }
            group.add("members", members);
            JsonArrayBuilder meetings = Json.createArrayBuilder();
            v.group().getMeetings().forEach(m -> meetings.add(meeting(m)));
            group.add("meetings", meetings);
        }
        JsonArrayBuilder documents = Json.createArrayBuilder();
        v.documents().forEach(doc -> {
            JsonObjectBuilder db = Json.createObjectBuilder().add("number", doc.getNumber()).add("name", doc.getName());
            put(db, "system", doc.getSystem());
            documents.add(db);
        });
        JsonArrayBuilder systems = Json.createArrayBuilder();
        d.getSystems().forEach(systems::add);
        return b.add("directions", directions).add("authorities", authorities).add("services", services).add("exclusions", exclusions)
                .add("plan", Json.createObjectBuilder().add("title", d.getPlanTitle() == null ? "" : d.getPlanTitle()).add("stages", stages))
                .add("indicators", Json.createObjectBuilder().add("title", d.getIndicatorsTitle() == null ? "" : d.getIndicatorsTitle()).add("goals", goals))
                .add("workingGroup", group)
                .add("informationSupport", Json.createObjectBuilder().add("documents", documents).add("systems", systems))
                .build();
    }

    static JsonObject appendices(DecisionDocuments.Appendices a) {
        AppendixForm f = a.form();
        JsonArrayBuilder appendices = Json.createArrayBuilder();
        for (AppendixForm.Item i : f.getAppendices()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("kind", i.getKind().name())
                    .add("kindLabel", AppendixRules.kindLabel(i.getKind()));
            put(b, "number", i.getNumber());
            put(b, "stamp", i.getStamp());
            put(b, "title", i.getTitle());
            b.add("captions", Json.createArrayBuilder(i.getCaptions())).add("columnNumbers", Json.createArrayBuilder(i.getColumnNumbers()));
            put(b, "indicatorTable", i.getIndicatorTable());
            put(b, "valuePattern", i.getValuePattern());
            put(b, "signaturePosition", i.getSignaturePosition());
            put(b, "signatureName", i.getSignatureName());
            appendices.add(b);
        }
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (AppendixForm.RoleItem r : f.getRoleNames()) {
            roles.add(Json.createObjectBuilder().add("role", r.getRole().name()).add("title", r.getTitle())
                    .add("usualTitle", AppendixDefaults.usualRoleName(r.getRole())));
        }
        JsonArrayBuilder parts = Json.createArrayBuilder();
        for (AppendixForm.PartItem p : f.getInfoParts()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("kind", p.getKind().name());
            put(b, "number", p.getNumber());
            put(b, "text", p.getText());
            parts.add(b);
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("version", f.getVersion()).add("standard", a.standard())
                .add("appendices", appendices).add("standardInfoParts", a.standardInfoParts()).add("infoParts", parts);
        if (a.group()) {
            b.add("roleNames", roles).add("rolesInHeadings", f.getRolesInHeadings());
        }
        return b.build();
    }

    /** A meeting of the working group: attendance, agenda with votes and outcomes, whether its protocol is signed. */
    static JsonObject meeting(Meeting m) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", m.getId()).add("version", m.getVersion())
                .add("date", m.getDate().toString()).add("membersCount", m.getMembersCount()).add("quorum", m.isQuorum())
                .add("signed", m.isSigned());
        put(b, "protocolNumber", m.getProtocolNumber());
        put(b, "recommendations", m.getRecommendations());
        put(b, "signedBy", m.getSignedBy());
        put(b, "signedOn", m.getSignedOn());
        JsonArrayBuilder present = Json.createArrayBuilder();
        m.getPresent().forEach(p -> present.add(p.getId()));
        JsonArrayBuilder agenda = Json.createArrayBuilder();
        for (AgendaItem item : m.getAgenda()) {
            JsonObjectBuilder votes = Json.createObjectBuilder();
            item.getVotes().forEach((member, vote) -> votes.add(member.toString(), vote.name()));
            JsonObjectBuilder ib = Json.createObjectBuilder().add("question", item.getQuestion()).add("outcome", item.getOutcome())
                    .add("votes", votes);
            put(ib, "proposal", item.getProposal());
            put(ib, "explanation", item.getExplanation());
            agenda.add(ib);
        }
        return b.add("present", present).add("agenda", agenda).build();
    }

    static JsonObject deadline(Deadline d, LocalDate today) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("kind", d.getKind().name()).add("text", d.getText() == null ? "" : d.getText())
                .add("wording", d.wording() == null ? "" : d.wording()).add("recognised", d.isRecognised())
                .add("recurrence", d.getRecurrence().name()).add("asNeeded", d.isAsNeeded());
        put(b, "dueDate", d.getDate());
        put(b, "repeatOn", d.getRepeatOn() == null ? null : String.format("%02d-%02d", d.getRepeatOn().getMonthValue(), d.getRepeatOn().getDayOfMonth()));
        put(b, "nextDue", d.nextDue(today));
        if (!d.isRecognised()) {
            b.add("message", "Срок не распознан и сохранён как текст: проверьте формулировку");
        }
        return b.build();
    }

    static void put(JsonObjectBuilder b, String key, Object value) {
        if (value == null) {
            b.addNull(key);
        } else if (value instanceof Number n) {
            b.add(key, n.longValue());
        } else {
            b.add(key, value.toString());
        }
    }
}
