package ru.socorder.api.registry;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import ru.socorder.api.HistoryJson;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.registry.GroupForm;
import ru.socorder.service.registry.ProgrammeDraft;
import ru.socorder.service.registry.ProgrammeLifecycle;
import ru.socorder.service.registry.Programmes;

/**
 * {@code /api/v1/programmes}: programmes (public to logged-in users) — {@code ?authorityId=&executorId=&serviceId=&status=&q=&sort=},
 * create (the executor's user; a clerk names {@code executorId}), read with groups, change while a draft or returned
 * ({@code PUT {id}?version=}), the steps {@code POST {id}/submit|return|certify|refuse|suspend|resume|exclude|withdraw}
 * ({@code {"version":n,"comment":…}}; certifying fixes the price from the year's normative), the history, and the
 * groups ({@code {id}/groups}, {@code PUT|DELETE {id}/groups/{groupId}?version=}).
 */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProgrammesResource {
    @EJB
    private Programmes programmes;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("status") String status,
                       @QueryParam("authorityId") Long authorityId, @QueryParam("executorId") Long executorId,
                       @QueryParam("serviceId") Long serviceId) {
        PageRequest r = Sorting.request(page, size, q, sort);
        Page<Programme> p = programmes.list(r, authorityId, executorId, serviceId, RegistryJson.status(ProgrammeStatus.class, status));
        JsonArrayBuilder items = Json.createArrayBuilder();
        p.items().forEach(x -> items.add(RegistryJson.programme(x, null, null)));
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProgrammeDraft draft) {
        return Response.status(201).entity(full(programmes.create(draft))).build();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return full(programmes.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, @QueryParam("version") Long version, ProgrammeDraft draft) {
        programmes.get(id);
        return full(programmes.update(id, RegistryJson.version(version), draft));
    }

    @POST
    @Path("{id}/{action: submit|return|certify|refuse|suspend|resume|exclude|withdraw}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String step(@PathParam("id") long id, @PathParam("action") String action, RegistryJson.StepBody body) {
        programmes.get(id);
        RegistryJson.StepBody b = RegistryJson.require(body);
        return full(programmes.transition(id, b.version, RegistryJson.action(ProgrammeLifecycle.Action.class, action), b.comment));
    }

    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(programmes.history(id));
    }

    @GET
    @Path("{id}/groups")
    public String groups(@PathParam("id") long id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        programmes.groups(id).forEach(g -> items.add(RegistryJson.group(g)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Path("{id}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addGroup(@PathParam("id") long id, GroupForm form) {
        programmes.get(id);
        return Response.status(201).entity(RegistryJson.group(programmes.addGroup(id, form)).build().toString()).build();
    }

    @GET
    @Path("{id}/groups/{groupId}")
    public String group(@PathParam("id") long id, @PathParam("groupId") long groupId) {
        return RegistryJson.group(programmes.group(id, groupId)).build().toString();
    }

    @PUT
    @Path("{id}/groups/{groupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String updateGroup(@PathParam("id") long id, @PathParam("groupId") long groupId, @QueryParam("version") Long version,
                              GroupForm form) {
        programmes.group(id, groupId);
        return RegistryJson.group(programmes.updateGroup(id, groupId, RegistryJson.version(version), form)).build().toString();
    }

    @DELETE
    @Path("{id}/groups/{groupId}")
    public Response deleteGroup(@PathParam("id") long id, @PathParam("groupId") long groupId, @QueryParam("version") Long version) {
        programmes.group(id, groupId);
        programmes.deleteGroup(id, groupId, RegistryJson.version(version));
        return Response.noContent().build();
    }

    private String full(Programme p) {
        return RegistryJson.programme(p, programmes.actor(p), programmes.groups(p.getId())).build().toString();
    }
}
