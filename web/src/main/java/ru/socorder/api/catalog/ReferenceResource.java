package ru.socorder.api.catalog;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import ru.socorder.api.HistoryJson;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.OrderFormOptions;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.catalog.AuthorityForm;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.DirectionForm;
import ru.socorder.service.catalog.TerritoryForm;
import ru.socorder.service.catalog.UnitForm;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;

/**
 * {@code /api/v1/territories}, {@code /directions}, {@code /authorities}, {@code /units}: the smaller reference
 * lists, paged like every list ({@code page}, {@code size}, {@code q}, {@code sort}); POST creates, PUT with the
 * {@code version} read before updates (a stale version is 409).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReferenceResource {
    @EJB
    private CatalogService catalog;

    @GET
    @Path("territories")
    public String territories(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                              @QueryParam("q") String q, @QueryParam("sort") String sort) {
        PageRequest r = Sorting.request(page, size, q, sort);
        return body(catalog.territories(r), r, ReferenceResource::territory);
    }

    @GET
    @Path("territories/{id}")
    public String territory(@PathParam("id") long id) {
        return territory(catalog.find(Territory.class, id)).toString();
    }

    @GET
    @Path("territories/{id}/history")
    public String territoryHistory(@PathParam("id") long id) {
        return HistoryJson.of(catalog.history(Territory.class, id));
    }

    @GET
    @Path("directions")
    public String directions(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                             @QueryParam("q") String q, @QueryParam("sort") String sort) {
        PageRequest r = Sorting.request(page, size, q, sort);
        return body(catalog.directions(r), r, ReferenceResource::direction);
    }

    @GET
    @Path("directions/{id}")
    public String direction(@PathParam("id") long id) {
        return direction(catalog.find(ActivityDirection.class, id)).toString();
    }

    @GET
    @Path("directions/{id}/history")
    public String directionHistory(@PathParam("id") long id) {
        return HistoryJson.of(catalog.history(ActivityDirection.class, id));
    }

    @GET
    @Path("authorities")
    public String authorities(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                              @QueryParam("q") String q, @QueryParam("territoryId") Long territoryId, @QueryParam("sort") String sort) {
        PageRequest r = Sorting.request(page, size, q, sort);
        return body(catalog.authorities(r, territoryId), r, ReferenceResource::authority);
    }

    @GET
    @Path("authorities/{id}")
    public String authority(@PathParam("id") long id) {
        return authority(catalog.find(AuthorisedBody.class, id)).toString();
    }

    @GET
    @Path("authorities/{id}/history")
    public String authorityHistory(@PathParam("id") long id) {
        return HistoryJson.of(catalog.history(AuthorisedBody.class, id));
    }

    @GET
    @Path("units")
    public String units(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size,
                        @QueryParam("q") String q, @QueryParam("sort") String sort) {
        PageRequest r = Sorting.request(page, size, q, sort);
        return body(catalog.units(r), r, ReferenceResource::unit);
    }

    @GET
    @Path("units/{id}")
    public String unit(@PathParam("id") long id) {
        return unit(catalog.find(MeasurementUnit.class, id)).toString();
    }

    @GET
    @Path("units/{id}/history")
    public String unitHistory(@PathParam("id") long id) {
        return HistoryJson.of(catalog.history(MeasurementUnit.class, id));
    }

    @POST
    @Path("territories")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTerritory(TerritoryForm f, @Context UriInfo uri) {
        ExecutorsResource.require(f).setId(null);
        return created(uri, territory(catalog.saveTerritory(f)));
    }

    @PUT
    @Path("territories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String updateTerritory(@PathParam("id") long id, TerritoryForm f) {
        ExecutorsResource.require(f).setId(id);
        return territory(catalog.saveTerritory(f)).toString();
    }

    @POST
    @Path("directions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createDirection(DirectionForm f, @Context UriInfo uri) {
        ExecutorsResource.require(f).setId(null);
        return created(uri, direction(catalog.saveDirection(f)));
    }

    @PUT
    @Path("directions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String updateDirection(@PathParam("id") long id, DirectionForm f) {
        ExecutorsResource.require(f).setId(id);
        return direction(catalog.saveDirection(f)).toString();
    }

    @POST
    @Path("authorities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createAuthority(AuthorityForm f, @Context UriInfo uri) {
        ExecutorsResource.require(f).setId(null);
        return created(uri, authority(catalog.saveAuthority(f)));
    }

    @PUT
    @Path("authorities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String updateAuthority(@PathParam("id") long id, AuthorityForm f) {
        ExecutorsResource.require(f).setId(id);
        return authority(catalog.saveAuthority(f)).toString();
    }

    @POST
    @Path("units")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createUnit(UnitForm f, @Context UriInfo uri) {
        ExecutorsResource.require(f).setId(null);
        return created(uri, unit(catalog.saveUnit(f)));
    }

    @PUT
    @Path("units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String updateUnit(@PathParam("id") long id, UnitForm f) {
        ExecutorsResource.require(f).setId(id);
        return unit(catalog.saveUnit(f)).toString();
    }

    private static Response created(UriInfo uri, JsonObject body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(body.getJsonNumber("id").longValue())).build())
                .entity(body.toString()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    private static <T> String body(Page<T> page, PageRequest r, Function<T, JsonObject> mapper) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().stream().map(mapper).forEach(items::add);
        return Json.createObjectBuilder().add("items", items).add("total", page.total())
                .add("page", r.first() / r.size()).add("size", r.size()).build().toString();
    }

    static JsonObject territory(Territory t) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", t.getId()).add("version", t.getVersion())
                .add("level", t.getLevel().name()).add("name", t.getName());
        nullable(b, "oktmo", t.getOktmo() == null ? null : t.getOktmo().value());
        b.add("orderDeadline", RussianText.dayMonthDigits(t.getOrderDeadline()));
        OrderFormOptions form = t.getOrderForm();
        JsonArrayBuilder codes = Json.createArrayBuilder();
        form.codes().forEach(c -> codes.add(c.name()));
        JsonObjectBuilder f = Json.createObjectBuilder().add("approvalBlock", form.approvalBlock()).add("codes", codes);
        nullable(f, "okud", form.okud());
        b.add("orderForm", f.add("authorityColumn", form.authorityColumn()).add("termColumn", form.termColumn())
                .add("actualVolumeColumns", form.actualVolumeColumns()));
        if (t.getParent() == null) {
            b.addNull("parentId");
        } else {
            b.add("parentId", t.getParent().getId());
        }
        return b.build();
    }

    static JsonObject direction(ActivityDirection d) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", d.getId()).add("version", d.getVersion())
                .add("code", d.getCode()).add("name", d.getName());
        nullable(b, "legalBasis", d.getLegalBasis());
        return b.build();
    }

    static JsonObject authority(AuthorisedBody a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", a.getId()).add("version", a.getVersion())
                .add("fullName", a.getFullName()).add("shortName", a.getShortName())
                .add("territoryId", a.getTerritory().getId()).add("territoryName", a.getTerritory().getName());
        nullable(b, "inn", a.getInn() == null ? null : a.getInn().value());
        nullable(b, "kpp", a.getKpp() == null ? null : a.getKpp().value());
        nullable(b, "ogrn", a.getOgrn() == null ? null : a.getOgrn().value());
        nullable(b, "okpo", a.getOkpo());
        nullable(b, "budgetChapterCode", a.getBudgetChapterCode());
        nullable(b, "headPosition", a.getHeadPosition());
        nullable(b, "headName", a.getHeadName());
        JsonArrayBuilder directions = Json.createArrayBuilder();
        a.getDirections().stream().map(ActivityDirection::getCode).sorted().forEach(directions::add);
        return b.add("directions", directions).build();
    }

    static JsonObject unit(MeasurementUnit u) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", u.getId()).add("version", u.getVersion())
                .add("code", u.getCode()).add("name", u.getName());
        nullable(b, "shortName", u.getShortName());
        return b.build();
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
