package ru.socorder.service.demo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.Licence;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.registry.Orientation;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeForm;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryApplicationStatus;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.service.registry.ProgrammeLifecycle;
import ru.socorder.service.registry.ProgrammePricing;
import ru.socorder.service.registry.RegistryApplicationLifecycle;

/**
 * The demo registry of executors of the Luga administration ({@code demo/selection.json}): the year's normative
 * costs of its services, the executors of its resolution included with their certified programmes and two groups
 * each, and one application (the individual entrepreneur's) waiting for the clerk's review. Written as the registry
 * boundaries write them (states, numbers, prices, lifecycle history), on the dates of the 2024 campaign.
 */
final class RegistryDemoLoader {
    static final LocalDate FILED = LocalDate.of(2024, 8, 1);
    static final LocalDate INCLUDED = LocalDate.of(2024, 8, 15);
    static final LocalDate GROUPS_START = LocalDate.of(2024, 9, 2);
    static final LocalDate GROUPS_END = LocalDate.of(2025, 5, 30);
    static final int GROUP_PLACES = 15;

    private final EntityManager em;
    private final DemoHistory history;
    private final AuthorisedBody authority;
    private final Map<String, Executor> executors;
    private final int year;

    RegistryDemoLoader(EntityManager em, AuthorisedBody authority, Map<String, Executor> executors, int year) {
        this.em = em;
        this.history = new DemoHistory(em);
        this.authority = authority;
        this.executors = executors;
        this.year = year;
    }

    /** Loads the registry; returns the certified programmes by the canonical registry number of their service. */
    Map<String, List<Programme>> load(JsonObject selection) {
        Map<String, ServiceNormative> normatives = new LinkedHashMap<>();
        Map<String, List<Programme>> byService = new LinkedHashMap<>();
        int number = 0;
        for (JsonObject e : selection.getJsonArray("executors").getValuesAs(JsonObject.class)) {
            RegistryApplication a = application(e, ++number, true);
            for (Programme p : programmes(e, a, normatives, true)) {
                byService.computeIfAbsent(p.getService().getRegistryNumber().value(), k -> new ArrayList<>()).add(p);
            }
        }
        JsonObject pending = selection.getJsonObject("pending");
        programmes(pending, application(pending, 0, false), normatives, false);
        return byService;
    }

    private RegistryApplication application(JsonObject e, int entryNumber, boolean included) {
        Executor executor = executors.get(e.getString("key"));
        String org = executor.getShortName();
        RegistryApplication a = new RegistryApplication(authority, executor, false, DemoHistory.at(FILED.plusDays(entryNumber), 10));
        JsonArray l = e.getJsonArray("licence");
        a.setLicence(new Licence(l.getString(0), LocalDate.parse(l.getString(1)), l.getString(2),
                "образовательная деятельность по дополнительному образованию детей и взрослых", null));
        for (JsonObject p : e.getJsonArray("programmes").getValuesAs(JsonObject.class)) {
            a.getServices().add(service(p.getString("service")));
        }
        a.moveTo(RegistryApplicationStatus.SUBMITTED, DemoHistory.at(FILED.plusDays(entryNumber), 11));
        em.persist(a);
        String record = RegistryApplicationLifecycle.RECORD;
        history.created(record, a.getId(), RegistryApplicationStatus.DRAFT, "demo", "EXECUTOR", org, DemoHistory.at(FILED.plusDays(entryNumber), 10), null);
        history.step(record, a.getId(), RegistryApplicationLifecycle.Action.SUBMIT, RegistryApplicationStatus.DRAFT,
                RegistryApplicationStatus.SUBMITTED, "demo", "EXECUTOR", org, DemoHistory.at(FILED.plusDays(entryNumber), 11), null);
        if (!included) {
            return a;
        }
        String clerk = authority.getShortName();
        a.moveTo(RegistryApplicationStatus.UNDER_REVIEW, DemoHistory.at(FILED.plusDays(entryNumber + 1), 9));
        history.step(record, a.getId(), RegistryApplicationLifecycle.Action.TAKE, RegistryApplicationStatus.SUBMITTED,
                RegistryApplicationStatus.UNDER_REVIEW, "clerk", "AUTHORITY_CLERK", clerk, DemoHistory.at(FILED.plusDays(entryNumber + 1), 9), null);
        a.decide(RegistryApplicationStatus.INCLUDED, INCLUDED, null, "Лицензия и сведения проверены");
        history.step(record, a.getId(), RegistryApplicationLifecycle.Action.INCLUDE, RegistryApplicationStatus.UNDER_REVIEW,
                RegistryApplicationStatus.INCLUDED, "clerk", "AUTHORITY_CLERK", clerk, DemoHistory.at(INCLUDED, 15), "Лицензия и сведения проверены");
        RegistryEntry entry = new RegistryEntry(authority, executor, entryNumber, a, INCLUDED);
        entry.getServices().addAll(a.getServices());
        em.persist(entry);
        history.created(ru.socorder.service.registry.RegistryEntryLifecycle.RECORD, entry.getId(),
                ru.socorder.model.registry.RegistryEntryStatus.ACTIVE, "clerk", "AUTHORITY_CLERK", clerk, DemoHistory.at(INCLUDED, 15),
                "заявка № " + a.getId());
        return a;
    }

    private List<Programme> programmes(JsonObject e, RegistryApplication a, Map<String, ServiceNormative> normatives, boolean certified) {
        List<Programme> out = new ArrayList<>();
        String org = a.getExecutor().getShortName();
        for (JsonObject p : e.getJsonArray("programmes").getValuesAs(JsonObject.class)) {
            SocialService service = service(p.getString("service"));
            Programme programme = new Programme(authority, a.getExecutor(), service, p.getString("name"),
                    Orientation.valueOf(p.getString("orientation")));
            programme.setApplication(a);
            programme.setForm(ProgrammeForm.FULL_TIME);
            programme.setAges(p.getJsonArray("ages").getInt(0), p.getJsonArray("ages").getInt(1));
            programme.setDurationMonths(9);
            programme.setHours(BigDecimal.valueOf(p.getInt("hours")));
            programme.setCapacity(2 * GROUP_PLACES);
            programme.setDescription("Дополнительная общеразвивающая программа «" + p.getString("name") + "», " + p.getInt("hours")
                    + " ч, очная форма.");
            programme.getAddresses().add(p.getString("address"));
            programme.setStatus(ProgrammeStatus.SUBMITTED);
            em.persist(programme);
            String record = ProgrammeLifecycle.RECORD;
            history.created(record, programme.getId(), ProgrammeStatus.DRAFT, "demo", "EXECUTOR", org, DemoHistory.at(FILED, 10), null);
            history.step(record, programme.getId(), ProgrammeLifecycle.Action.SUBMIT, ProgrammeStatus.DRAFT, ProgrammeStatus.SUBMITTED,
                    "demo", "EXECUTOR", org, DemoHistory.at(FILED, 11), null);
            if (certified) {
                ServiceNormative n = normatives.computeIfAbsent(service.getRegistryNumber().value(), k -> normative(service));
                programme.price(n.unitCost(), ProgrammePricing.price(n, programme.getHours()));
                programme.setStatus(ProgrammeStatus.CERTIFIED);
                history.step(record, programme.getId(), ProgrammeLifecycle.Action.CERTIFY, ProgrammeStatus.SUBMITTED, ProgrammeStatus.CERTIFIED,
                        "clerk", "AUTHORITY_CLERK", authority.getShortName(), DemoHistory.at(INCLUDED, 16), null);
                for (int g = 1; g <= 2; g++) {
                    ProgrammeGroup group = new ProgrammeGroup(programme, "Группа " + g, GROUPS_START, GROUPS_END, GROUP_PLACES);
                    group.setSchedule(g == 1 ? "вт, чт 15:00–16:30" : "пн, ср 16:45–18:15");
                    em.persist(group);
                    programme.getGroups().add(group);
                }
                out.add(programme);
            }
        }
        return out;
    }

    /** The service's normative cost per человеко-час of the year: the catalogue's, no coefficients. */
    private ServiceNormative normative(SocialService service) {
        ServiceNormative n = new ServiceNormative(service, year, service.getNormativeCost(), BigDecimal.ONE, BigDecimal.ONE);
        em.persist(n);
        return n;
    }

    private SocialService service(String number) {
        return em.createQuery("select s from SocialService s where s.registryNumber = :n and s.territory = :t", SocialService.class)
                .setParameter("n", RegistryNumber.of(number)).setParameter("t", authority.getTerritory()).getSingleResult();
    }
}
