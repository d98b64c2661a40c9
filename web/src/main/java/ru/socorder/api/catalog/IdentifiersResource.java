package ru.socorder.api.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Function;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Kpp;
import ru.socorder.model.identifier.Ogrn;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.common.NotFound;

/**
 * {@code GET /api/v1/identifiers/{kind}/{value}}: the same checks the forms and the importer use, for other systems
 * of the ministry to verify data before sending it.
 */
@Path("identifiers")
public class IdentifiersResource {
    private static final Map<String, Function<String, IdentifierCheck>> KINDS = Map.of(
            "inn", Inn::check,
            "ogrn", Ogrn::checkOgrn,
            "ogrnip", Ogrn::checkOgrnip,
            "kpp", Kpp::check,
            "snils", Snils::check,
            "oktmo", Oktmo::check,
            "registry-number", IdentifiersResource::registryNumber);

    @GET
    @Path("{kind}/{value}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String check(@PathParam("kind") String kind, @PathParam("value") String value) {
        Function<String, IdentifierCheck> checker = KINDS.get(kind);
        if (checker == null) {
            throw new NotFound("Неизвестный вид идентификатора «" + kind + "»: допустимы " + String.join(", ", KINDS.keySet().stream().sorted().toList()));
        }
        IdentifierCheck c = checker.apply(value);
        JsonArrayBuilder corrections = Json.createArrayBuilder();
        c.corrections().forEach(corrections::add);
        var body = Json.createObjectBuilder().add("valid", c.valid());
        if (c.canonical() == null) {
            body.addNull("canonical");
        } else {
            body.add("canonical", c.canonical());
        }
        return body.add("corrections", corrections).add("message", c.message()).build().toString();
    }

    /** The canonical registry number is shown as users print it, with dots. */
    private static IdentifierCheck registryNumber(String raw) {
        IdentifierCheck c = RegistryNumber.check(raw);
        return c.valid() ? new IdentifierCheck(true, RegistryNumber.of(c.canonical()).formatted(), c.corrections(), c.message()) : c;
    }
}
