package ru.socorder.service.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.model.catalog.IndicatorKind;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Kpp;
import ru.socorder.model.identifier.Ogrn;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.security.Role;
import ru.socorder.service.security.AccountService;

/**
 * Loads {@code demo/catalog.json} (territories, authorities, services and executors of the five seed resolutions)
 * and the demo users into an empty embedded database. Registry numbers go through the same normalisation a
 * clerk's input does.
 */
@Stateless
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    public static final String DEMO_PASSWORD = "demo";
    public static final String DEMO_BANNER = """

            ================================================================
             Соцзаказ — DEMO MODE (embedded H2 database)
             Demo users (password "demo" for all):
               admin     — администратор
               clerk     — специалист: Администрация Лужского муниципального района
               approver  — утверждающий: Администрация Лужского муниципального района
               executor  — исполнитель: МАОУ ДО «Компьютерный центр»
               observer  — наблюдатель (только чтение)
            ================================================================""";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfEmpty() {
        long territories = em.createQuery("select count(t) from Territory t", Long.class).getSingleResult();
        if (territories > 0) {
            return;
        }
        JsonObject data = read("/demo/catalog.json");
        Map<String, Territory> territoryByKey = new HashMap<>();
        for (JsonObject t : data.getJsonArray("territories").getValuesAs(JsonObject.class)) {
            Territory territory = new Territory(TerritoryLevel.valueOf(t.getString("level")), t.getString("name"),
                    Oktmo.of(t.getString("oktmo")), t.containsKey("parent") ? territoryByKey.get(t.getString("parent")) : null);
            em.persist(territory);
            territoryByKey.put(t.getString("key"), territory);
        }
        Map<String, AuthorisedBody> authorityByKey = new HashMap<>();
        for (JsonObject a : data.getJsonArray("authorities").getValuesAs(JsonObject.class)) {
            AuthorisedBody body = new AuthorisedBody(a.getString("fullName"), a.getString("shortName"),
                    territoryByKey.get(a.getString("territory")));
            body.setInn(a.containsKey("inn") ? Inn.of(a.getString("inn")) : null);
            body.setKpp(a.containsKey("kpp") ? Kpp.of(a.getString("kpp")) : null);
            body.setOgrn(a.containsKey("ogrn") ? Ogrn.of(a.getString("ogrn")) : null);
            body.setOkpo(a.getString("okpo", null));
            body.setBudgetChapterCode(a.getString("budgetChapterCode", null));
            body.setHeadPosition(a.getString("headPosition", null));
            body.setHeadName(a.getString("headName", null));
            for (JsonString code : a.getJsonArray("directions").getValuesAs(JsonString.class)) {
                body.getDirections().add(direction(code.getString()));
            }
            em.persist(body);
            authorityByKey.put(a.getString("key"), body);
        }
        JsonObject templates = data.getJsonObject("serviceTemplates");
        int corrected = 0;
        for (JsonObject s : data.getJsonArray("services").getValuesAs(JsonObject.class)) {
            JsonObject tpl = s.containsKey("template") ? templates.getJsonObject(s.getString("template")) : JsonValue.EMPTY_JSON_OBJECT;
            IdentifierCheck number = RegistryNumber.check(s.getString("number"));
            if (!number.corrections().isEmpty()) {
                corrected++;
                LOG.fine(() -> "Demo service " + s.getString("number") + ": " + number.message());
            }
            SocialService service = new SocialService(RegistryNumber.of(number.require()),
                    territoryByKey.get(s.getString("territory")), text(s, tpl, "name"));
            service.setContent(text(s, tpl, "content"));
            service.setConditions(text(s, tpl, "conditions"));
            service.setConsumerCategory(text(s, tpl, "consumerCategory"));
            service.setDirection(direction(text(s, tpl, "direction")));
            service.setLicenceRequired(s.containsKey("licenceRequired") ? s.getBoolean("licenceRequired") : tpl.getBoolean("licenceRequired", false));
            if (s.containsKey("normativeCost")) {
                service.setNormativeCost(new BigDecimal(s.getString("normativeCost")));
            }
            JsonObject volume = s.containsKey("volume") ? s.getJsonObject("volume") : tpl.getJsonObject("volume");
            service.getIndicators().add(new ServiceIndicator(IndicatorKind.VOLUME, volume.getString("name"), unit(volume.getString("unit"))));
            JsonArray quality = s.containsKey("quality") ? s.getJsonArray("quality") : tpl.getJsonArray("quality");
            for (JsonObject q : quality.getValuesAs(JsonObject.class)) {
                service.getIndicators().add(new ServiceIndicator(IndicatorKind.QUALITY, q.getString("name"), unit(q.getString("unit"))));
            }
            em.persist(service);
        }
        Map<String, Executor> executorByKey = new HashMap<>();
        for (JsonObject e : data.getJsonArray("executors").getValuesAs(JsonObject.class)) {
            Executor executor = new Executor(ExecutorType.valueOf(e.getString("type")), e.getString("fullName"), Inn.of(e.getString("inn")));
            executor.setShortName(e.getString("shortName", null));
            executor.setKpp(e.containsKey("kpp") ? Kpp.of(e.getString("kpp")) : null);
            executor.setOgrn(e.containsKey("ogrn") ? Ogrn.of(e.getString("ogrn")) : null);
            executor.setTerritory(territoryByKey.get(e.getString("territory")));
            executor.setAddress(e.getString("address", null));
            executor.setHeadName(e.getString("headName", null));
            executor.setNonProfit(e.getBoolean("nonProfit", false));
            executor.setReceivesStateSupport(e.getBoolean("stateSupport", false));
            em.persist(executor);
            executorByKey.put(e.getString("key"), executor);
        }
        for (JsonObject u : data.getJsonArray("users").getValuesAs(JsonObject.class)) {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            u.getJsonArray("roles").getValuesAs(JsonString.class).forEach(r -> roles.add(Role.valueOf(r.getString())));
            accounts.createAtStartup(u.getString("login"), u.getString("fullName"), DEMO_PASSWORD, roles,
                    u.containsKey("authority") ? authorityByKey.get(u.getString("authority")) : null,
                    u.containsKey("executor") ? executorByKey.get(u.getString("executor")) : null);
        }
        DecisionDemoLoader decisions = new DecisionDemoLoader(DecisionDemoLoader.database(em), territoryByKey, authorityByKey);
        int decisionCount = 0;
        for (String seed : DecisionDemoLoader.seeds()) {
            if (DemoDataLoader.class.getResource("/demo/decisions/" + seed + ".json") != null) {
                decisions.load(em, read("/demo/decisions/" + seed + ".json"));
                decisionCount++;
            }
        }
        OrderDemoLoader orders = new OrderDemoLoader(em, authorityByKey);
        if (data.containsKey("orders")) {
            data.getJsonArray("orders").getValuesAs(JsonObject.class).forEach(orders::load);
        }
        int certificates = selection(authorityByKey, executorByKey);
        LOG.info(() -> "Demo registry of executors and certificates loaded: " + certificates + " certificates");
        int decisionsLoaded = decisionCount;
        LOG.info(() -> "Demo decisions loaded: " + decisionsLoaded);
        int fixedNumbers = corrected;
        LOG.info(() -> String.format("Demo data loaded: %d territories, %d authorities, %d services (%d registry numbers "
                        + "corrected from the seeds' lookalike characters), %d executors, %d users",
                territoryByKey.size(), authorityByKey.size(), data.getJsonArray("services").size(), fixedNumbers,
                executorByKey.size(), data.getJsonArray("users").size()));
    }

    /** The registry of executors, the certificates, agreements and delivered hours of the Luga district ({@code demo/selection.json}). */
    private int selection(Map<String, AuthorisedBody> authorityByKey, Map<String, Executor> executorByKey) {
        JsonObject selection = read("/demo/selection.json");
        AuthorisedBody authority = authorityByKey.get(selection.getString("authority"));
        int year = selection.getInt("year");
        em.flush();
        var programmes = new RegistryDemoLoader(em, authority, executorByKey, year).load(selection);
        em.flush();
        int issued = new CertificateDemoLoader(em, authority, year).load(selection, programmes);
        em.flush();
        int[] money = new MoneyPathDemoLoader(em, authority, year).load();
        LOG.info(() -> "Demo agreements and delivered hours loaded: " + money[0] + " agreements, " + money[1] + " contract-months");
        return issued;
    }

    private static String text(JsonObject own, JsonObject template, String key) {
        return own.containsKey(key) ? own.getString(key) : template.getString(key, null);
    }

    private ActivityDirection direction(String code) {
        return code == null ? null : em.createQuery("select d from ActivityDirection d where d.code = :c", ActivityDirection.class)
                .setParameter("c", code).getSingleResult();
    }

    private MeasurementUnit unit(String code) {
        return em.createQuery("select u from MeasurementUnit u where u.code = :c", MeasurementUnit.class)
                .setParameter("c", code).getSingleResult();
    }

    private static JsonObject read(String resource) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource); JsonReader r = Json.createReader(in)) {
            return r.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
