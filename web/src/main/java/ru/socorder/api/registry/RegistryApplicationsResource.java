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
import ru.socorder.api.Downloads;
import ru.socorder.api.HistoryJson;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryApplicationStatus;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.registry.ApplicationForm;
import ru.socorder.service.registry.RegistryApplicationLifecycle;
import ru.socorder.service.registry.RegistryApplications;

/**
 * {@code /api/v1/executor-registry/applications}: applications for inclusion in the registry of executors — list
 * ({@code ?status=&authorityId=&executorId=&q=&sort=}), file (an executor's user for its organisation, a clerk with
 * {@code executorId} from paper), read, change while a draft or returned ({@code PUT {id}?version=}), the steps
 * {@code POST {id}/submit|withdraw|take|return|refuse|include} ({@code {"version":n,"comment":…,"reason":"NO_LICENCE"}};
 * a refusal needs a reason and a text), the reviewer's automatic checks, the history, the licence scan.
 */
@Path("executor-registry/applications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RegistryApplicationsResource {
    @EJB
    private RegistryApplications applications;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("status") String status,
                       @QueryParam("authorityId") Long authorityId, @QueryParam("executorId") Long executorId) {
        PageRequest r = Sorting.request(page, size, q, sort);
        Page<RegistryApplication> p = applications.list(r, RegistryJson.status(RegistryApplicationStatus.class, status), authorityId, executorId);
        JsonArrayBuilder items = Json.createArrayBuilder();
        p.items().forEach(a -> items.add(RegistryJson.application(a, null)));
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ApplicationForm form) {
        RegistryApplication a = applications.create(form);
        return Response.status(201).entity(full(a)).build();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return full(applications.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, @QueryParam("version") Long version, ApplicationForm form) {
        applications.get(id);
        return full(applications.update(id, RegistryJson.version(version), form));
    }

    @POST
    @Path("{id}/{action: submit|withdraw|take|return|refuse|include}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String step(@PathParam("id") long id, @PathParam("action") String action, RegistryJson.StepBody body) {
        applications.get(id);
        RegistryJson.StepBody b = RegistryJson.require(body);
        return full(applications.transition(id, b.version, RegistryJson.action(RegistryApplicationLifecycle.Action.class, action),
                b.comment, b.reason));
    }

    @GET
    @Path("{id}/checks")
    public String checks(@PathParam("id") long id) {
        var checks = applications.checks(id);
        return Json.createObjectBuilder().add("allPassed", ru.socorder.service.registry.RegistryChecks.allPassed(checks))
                .add("items", RegistryJson.checks(checks)).build().toString();
    }

    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(applications.history(id));
    }

    @GET
    @Path("{id}/programmes")
    public String programmes(@PathParam("id") long id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        applications.programmes(id).forEach(p -> items.add(RegistryJson.programme(p, null, null)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    /** Attaches a scan of the licence: {@code PUT …/{id}/licence-file?fileName=licence.pdf} with the file as the body. */
    @PUT
    @Path("{id}/licence-file")
    @Consumes(MediaType.WILDCARD)
    public String attachLicence(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] content) {
        return RegistryJson.attachment(applications.attachLicence(id, fileName, content)).build().toString();
    }

    @GET
    @Path("{id}/licence-file")
    @Produces(MediaType.WILDCARD)
    public Response licenceFile(@PathParam("id") long id) {
        return Downloads.attachment(applications.licenceFile(id));
    }

    private String full(RegistryApplication a) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        applications.licenceFiles(a.getId()).forEach(f -> files.add(RegistryJson.attachment(f)));
        return RegistryJson.application(a, applications.actor(a)).add("licenceFiles", files).build().toString();
    }
}
