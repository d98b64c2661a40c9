package ru.socorder.service.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.service.decision.DecisionView;

/** The demo decisions read from their seeds without a database: the demo catalogue's territories, bodies and services in memory. */
final class DemoSeeds implements DecisionDemoLoader.Catalog {
    private final Map<String, Territory> territories = new HashMap<>();
    private final Map<String, AuthorisedBody> authorities = new HashMap<>();
    private final List<SocialService> services = new ArrayList<>();

    DemoSeeds() {
        JsonObject data = json("/demo/catalog.json");
        for (JsonObject t : data.getJsonArray("territories").getValuesAs(JsonObject.class)) {
            territories.put(t.getString("key"), new Territory(TerritoryLevel.valueOf(t.getString("level")), t.getString("name"),
                    Oktmo.of(t.getString("oktmo")), territories.get(t.getString("parent", ""))));
        }
        for (JsonObject a : data.getJsonArray("authorities").getValuesAs(JsonObject.class)) {
            authorities.put(a.getString("key"), new AuthorisedBody(a.getString("fullName"), a.getString("shortName"),
                    territories.get(a.getString("territory"))));
        }
        JsonObject templates = data.getJsonObject("serviceTemplates");
        for (JsonObject s : data.getJsonArray("services").getValuesAs(JsonObject.class)) {
            String name = s.containsKey("name") ? s.getString("name") : templates.getJsonObject(s.getString("template")).getString("name");
            services.add(new SocialService(RegistryNumber.of(RegistryNumber.check(s.getString("number")).require()),
                    territories.get(s.getString("territory")), name));
        }
    }

    /** The read model the printer gets for a seed's demo decision ({@code S0} … {@code S4}). */
    DecisionView view(String seed) {
        DecisionDemoLoader.Seed s = new DecisionDemoLoader(this, territories, authorities).read(json("/demo/decisions/" + seed + ".json"));
        return new DecisionView(s.decision(), s.decision().getServices(), s.decision().getStages(), s.decision().getGoals(),
                s.decision().getDocuments(), s.group());
    }

    @Override
    public Optional<ActivityDirection> direction(String code) {
        return Optional.empty();
    }

    @Override
    public Optional<SocialService> service(RegistryNumber number, Territory territory) {
        return services.stream().filter(s -> s.getRegistryNumber().equals(number) && s.getTerritory() == territory).findFirst();
    }

    private static JsonObject json(String resource) {
        try (InputStream in = DemoSeeds.class.getResourceAsStream(resource); JsonReader r = Json.createReader(in)) {
            return r.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
