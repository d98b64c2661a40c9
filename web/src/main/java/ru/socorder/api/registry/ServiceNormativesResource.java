package ru.socorder.api.registry;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.service.common.Page;
import ru.socorder.service.registry.NormativeForm;
import ru.socorder.service.registry.ServiceNormatives;

/**
 * {@code /api/v1/service-normatives}: normative costs of a unit of a service per year with the territorial and sectoral
 * coefficients ({@code unitCost} = base × both, six decimals) — {@code ?year=&serviceId=&q=&sort=}, create, read,
 * change ({@code PUT {id}?version=}); the administrator and the clerks of the service's territory keep them.
 */
@Path("service-normatives")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ServiceNormativesResource {
    @EJB
    private ServiceNormatives normatives;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("year") Integer year,
                       @QueryParam("serviceId") Long serviceId) {
        Page<ServiceNormative> p = normatives.list(Sorting.request(page, size, q, sort), year, serviceId);
        JsonArrayBuilder items = Json.createArrayBuilder();
        p.items().forEach(n -> items.add(RegistryJson.normative(n)));
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NormativeForm form) {
        return Response.status(201).entity(RegistryJson.normative(normatives.create(form)).build().toString()).build();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return RegistryJson.normative(normatives.get(id)).build().toString();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, @QueryParam("version") Long version, NormativeForm form) {
        normatives.get(id);
        return RegistryJson.normative(normatives.update(id, RegistryJson.version(version), form)).build().toString();
    }
}
