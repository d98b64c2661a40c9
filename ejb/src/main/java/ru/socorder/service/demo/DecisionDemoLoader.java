package ru.socorder.service.demo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.Appendix;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.DecisionStatus;
import ru.socorder.model.decision.EfficiencyGoal;
import ru.socorder.model.decision.EfficiencyIndicator;
import ru.socorder.model.decision.ElectronicDocument;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.IndicatorType;
import ru.socorder.model.decision.InfoPart;
import ru.socorder.model.decision.InfoPartKind;
import ru.socorder.model.decision.IndicatorValueType;
import ru.socorder.model.decision.PlanActivity;
import ru.socorder.model.decision.PlanStage;
import ru.socorder.model.decision.RegulationSection;
import ru.socorder.model.decision.SelectionMethod;
import ru.socorder.model.decision.ServiceInScope;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.service.decision.DeadlineParser;

/** Loads the five seed resolutions ({@code demo/decisions/S0..S4.json}) as decisions with plans, indicators and groups. */
final class DecisionDemoLoader {
    private static final Logger LOG = Logger.getLogger(DecisionDemoLoader.class.getName());

    /** Where a seed's references to the catalogue are looked up: the demo database, or a test's own catalogue. */
    interface Catalog {
        Optional<ActivityDirection> direction(String code);

        Optional<SocialService> service(RegistryNumber number, Territory territory);
    }

    /** A seed read into entities that are not persisted yet: the decision (plan, indicators, documents) and its group. */
    record Seed(Decision decision, WorkingGroup group) {
    }

    private final Catalog catalog;
    private final Map<String, Territory> territories;
    private final Map<String, AuthorisedBody> authorities;

    DecisionDemoLoader(Catalog catalog, Map<String, Territory> territories, Map<String, AuthorisedBody> authorities) {
        this.catalog = catalog;
        this.territories = territories;
        this.authorities = authorities;
    }

    /** The catalogue of the demo database. */
    static Catalog database(EntityManager em) {
        return new Catalog() {
            @Override
            public Optional<ActivityDirection> direction(String code) {
                return em.createQuery("select x from ActivityDirection x where x.code = :c", ActivityDirection.class).setParameter("c", code)
                        .getResultStream().findFirst();
            }

            @Override
            public Optional<SocialService> service(RegistryNumber number, Territory territory) {
                return em.createQuery("select x from SocialService x where x.registryNumber = :n and x.territory = :t", SocialService.class)
                        .setParameter("n", number).setParameter("t", territory).getResultStream().findFirst();
            }
        };
    }

    /** Reads a seed and persists it (the decision cascades to its parts; the group and its members go separately). */
    Decision load(EntityManager em, JsonObject s) {
        Seed seed = read(s);
        em.persist(seed.decision());
        if (seed.group() != null) {
            em.persist(seed.group());
        }
        return seed.decision();
    }

    /** Reads a seed into entities without persisting them. */
    Seed read(JsonObject s) {
        Territory territory = territories.get(s.getString("territory"));
        Decision d = new Decision(territory, s.getString("issuer"), text(s, "actType", "Постановление"), s.getString("title"));
        d.setNumber(text(s, "number", null));
        d.setDate(date(s, "date"));
        d.setEffectiveFrom(date(s, "effectiveFrom"));
        d.setRetroactiveFrom(date(s, "retroactiveFrom"));
        d.setValidUntil(date(s, "validUntil"));
        if (s.get("amends") instanceof JsonObject a) {
            LocalDate date = date(a, "date");
            d.setAmendsText(text(a, "actType", "Постановление") + (date == null ? "" : " от " + RussianText.date(date)) + " № " + text(a, "number", "")
                    + (a.containsKey("title") && !a.isNull("title") ? " «" + a.getString("title") + "»" : ""));
        }
        if (s.get("signatory") instanceof JsonObject sig) {
            d.setSignatoryPosition(text(sig, "position", null));
            d.setSignatoryName(text(sig, "name", null));
        }
        d.setControlOfficial(text(s, "controlOfficial", null));
        d.setStatus(d.getNumber() == null || d.getDate() == null ? DecisionStatus.DRAFT : DecisionStatus.ADOPTED);
        for (JsonString code : array(s, "directions").getValuesAs(JsonString.class)) {
            catalog.direction(code.getString()).ifPresent(d.getDirections()::add);
        }
        for (JsonString key : array(s, "authorities").getValuesAs(JsonString.class)) {
            if (authorities.containsKey(key.getString())) {
                d.getAuthorities().add(authorities.get(key.getString()));
            }
        }
        d.assignDirections();
        array(s, "exclusions").getValuesAs(JsonString.class).forEach(x -> d.getExclusions().add(x.getString()));
        d.setServiceWithoutNumber(text(s, "serviceWithoutNumber", null));

        int position = 0;
        for (JsonObject svc : array(s, "services").getValuesAs(JsonObject.class)) {
            RegistryNumber number = RegistryNumber.of(svc.getString("number"));
            SocialService service = catalog.service(number, territory).orElse(null);
            if (service == null) {
                LOG.warning(() -> "Demo decision " + s.getString("key") + ": service " + number + " is not in the catalogue");
                continue;
            }
            SelectionMethod method = "COMPETITION".equals(text(svc, "method", "CERTIFICATE")) ? SelectionMethod.COMPETITION : SelectionMethod.CERTIFICATE;
            ServiceInScope scope = new ServiceInScope(d, service, method, authorities.get(text(svc, "authority", "")),
                    text(svc, "description", null), position++);
            scope.setListHeading(text(svc, "listHeading", null));
            d.getServices().add(scope);
        }

        if (s.get("plan") instanceof JsonObject plan) {
            d.setPlanTitle(text(plan, "title", null));
            int stageNo = 0;
            for (JsonObject st : array(plan, "stages").getValuesAs(JsonObject.class)) {
                PlanStage stage = new PlanStage(d, text(st, "number", null), text(st, "title", ""), stageNo++);
                d.getStages().add(stage);
                int activityNo = 0;
                for (JsonObject a : array(st, "activities").getValuesAs(JsonObject.class)) {
                    PlanActivity activity = new PlanActivity(stage, text(a, "number", null), text(a, "text", ""),
                            DeadlineParser.parse(text(a, "deadline", "")), text(a, "result", null), activityNo++);
                    array(a, "responsible").getValuesAs(JsonString.class).forEach(r -> activity.getResponsible().add(r.getString()));
                    stage.getActivities().add(activity);
                }
            }
        }

        if (s.get("indicators") instanceof JsonObject ind) {
            d.setIndicatorsTitle(text(ind, "title", null));
            array(ind, "footnotes").getValuesAs(JsonString.class).forEach(f -> d.getIndicatorFootnotes().add(f.getString()));
            int goalNo = 0;
            for (JsonObject g : array(ind, "goals").getValuesAs(JsonObject.class)) {
                EfficiencyGoal goal = new EfficiencyGoal(d, text(g, "number", null), text(g, "title", ""), goalNo++);
                goal.setIndicatorTable(g.getInt("table", 1));
                d.getGoals().add(goal);
                int[] rowNo = {0};
                for (JsonObject r : array(g, "rows").getValuesAs(JsonObject.class)) {
                    indicator(goal, null, r, rowNo);
                }
            }
        }

        WorkingGroup group = null;
        if (s.get("workingGroup") instanceof JsonObject wg) {
            group = new WorkingGroup(d, text(wg, "name", "Рабочая группа"));
            group.setDelegatedTo(text(wg, "delegatedTo", null));
            group.setRolesInHeadings(wg.getBoolean("rolesInHeadings", true));
            for (JsonObject r : array(wg, "regulations").getValuesAs(JsonObject.class)) {
                group.getRegulations().add(new RegulationSection(text(r, "title", ""), lines(r, "paragraphs")));
            }
            int memberNo = 0;
            for (JsonObject m : array(wg, "members").getValuesAs(JsonObject.class)) {
                GroupRole role = GroupRole.valueOf(text(m, "role", "MEMBER"));
                GroupMember member = new GroupMember(group, text(m, "name", ""), text(m, "position", null), role, memberNo++);
                String roleTitle = text(m, "roleTitle", null);
                if (roleTitle != null && group.roleName(role) == null) {
                    group.setRoleName(role, roleTitle);
                }
                member.setPeriod(d.getDate(), null);
                group.getMembers().add(member);
            }
        }

        if (s.get("infoSupport") instanceof JsonObject info) {
            int n = 1;
            for (JsonObject doc : array(info, "documents").getValuesAs(JsonObject.class)) {
                ElectronicDocument e = new ElectronicDocument(d, doc.containsKey("number") && !doc.isNull("number") ? doc.getInt("number") : n,
                        text(doc, "name", ""), text(doc, "system", null));
                n++;
                d.getDocuments().add(e);
            }
            array(info, "systems").getValuesAs(JsonString.class).forEach(x -> d.getSystems().add(x.getString()));
            d.setPortalText(text(info, "portal", null));
            d.setPaperFallback(text(info, "paperFallback", null));
            for (JsonObject part : array(info, "parts").getValuesAs(JsonObject.class)) {
                d.getInfoParts().add(new InfoPart(InfoPartKind.valueOf(text(part, "kind", "TEXT")), text(part, "number", null), text(part, "text", "")));
            }
        }
        for (JsonObject a : array(s, "appendices").getValuesAs(JsonObject.class)) {
            Appendix appendix = new Appendix(AppendixKind.valueOf(a.getString("kind")), lines(a, "stamp"), lines(a, "title"));
            appendix.setNumber(text(a, "number", null));
            appendix.setColumns(text(a, "captions", null), text(a, "columnNumbers", null));
            appendix.setIndicatorTable(a.containsKey("table") ? a.getInt("table") : null);
            appendix.setValuePattern(text(a, "valuePattern", null));
            appendix.setSignature(lines(a, "signature"));
            d.getAppendices().add(appendix);
        }
        return new Seed(d, group);
    }

    private void indicator(EfficiencyGoal goal, EfficiencyIndicator parent, JsonObject r, int[] position) {
        IndicatorType type = parent != null || !r.containsKey("type") || r.isNull("type") ? null : IndicatorType.valueOf(r.getString("type"));
        IndicatorValueType valueType = IndicatorValueType.valueOf(text(r, "valueType", "TEXT"));
        EfficiencyIndicator i = new EfficiencyIndicator(goal, parent, type, text(r, "text", ""), valueType, position[0]++);
        i.setUnit(text(r, "unit", null));
        if (r.get("base") instanceof JsonObject b) {
            i.setBase(text(b, "value", null), year(b));
        }
        if (r.get("target") instanceof JsonObject t) {
            i.setTarget(text(t, "value", null), year(t));
        }
        i.setResponsible(text(r, "responsible", null));
        goal.getIndicators().add(i);
        for (JsonObject child : array(r, "children").getValuesAs(JsonObject.class)) {
            indicator(goal, i, child, position);
        }
    }

    /** A text given as lines (an array) or as one string. */
    private static String lines(JsonObject o, String key) {
        return o.get(key) instanceof JsonArray a ? String.join("\n", a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList())
                : text(o, key, null);
    }

    private static Integer year(JsonObject o) {
        JsonValue v = o.get("year");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString str) {
            return str.getString().matches("\\d{4}") ? Integer.valueOf(str.getString()) : null;
        }
        return o.getInt("year");
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String text(JsonObject o, String key, String fallback) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        String s = v instanceof JsonString str ? str.getString() : v.toString();
        return s.isBlank() ? fallback : s.trim();
    }

    private static LocalDate date(JsonObject o, String key) {
        String s = text(o, key, null);
        return s == null ? null : LocalDate.parse(s);
    }

    static List<String> seeds() {
        return List.of("S0", "S1", "S2", "S3", "S4");
    }
}
