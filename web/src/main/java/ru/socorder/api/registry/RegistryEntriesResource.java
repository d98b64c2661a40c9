package ru.socorder.api.registry;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.api.Downloads;
import ru.socorder.api.HistoryJson;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.RegistryEntryStatus;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.registry.RegistryEntries;
import ru.socorder.service.registry.RegistryEntryLifecycle;
import ru.socorder.service.registry.RegistryExtracts;

/**
 * {@code /api/v1/executor-registry/entries}: the registry of executors (every logged-in user reads it) —
 * {@code ?authorityId=&executorId=&status=&q=&sort=}, an entry with its services, the steps
 * {@code POST {id}/suspend|resume|exclude|reinclude} ({@code {"version":n,"date":"2026-12-01","comment":"основание"}}),
 * the history, and the printed extracts: {@code {id}/extract.pdf} for one executor, {@code extract.pdf?authorityId=}
 * for the whole registry of an authority.
 */
@Path("executor-registry/entries")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RegistryEntriesResource {
    @EJB
    private RegistryEntries entries;

    @EJB
    private RegistryExtracts extracts;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("status") String status,
                       @QueryParam("authorityId") Long authorityId, @QueryParam("executorId") Long executorId) {
        PageRequest r = Sorting.request(page, size, q, sort);
        Page<RegistryEntry> p = entries.list(r, authorityId, executorId, RegistryJson.status(RegistryEntryStatus.class, status));
        JsonArrayBuilder items = Json.createArrayBuilder();
        p.items().forEach(e -> items.add(RegistryJson.entry(e, null)));
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        RegistryEntry e = entries.get(id);
        return RegistryJson.entry(e, entries.actor(e)).build().toString();
    }

    @POST
    @Path("{id}/{action: suspend|resume|exclude|reinclude}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String step(@PathParam("id") long id, @PathParam("action") String action, RegistryJson.StepBody body) {
        entries.get(id);
        RegistryJson.StepBody b = RegistryJson.require(body);
        RegistryEntry e = entries.transition(id, b.version, RegistryJson.action(RegistryEntryLifecycle.Action.class, action), b.date, b.comment);
        return RegistryJson.entry(e, entries.actor(e)).build().toString();
    }

    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(entries.history(id));
    }

    @GET
    @Path("{id}/extract.pdf")
    @Produces("application/pdf")
    public Response extract(@PathParam("id") long id) {
        return Downloads.inline(extracts.entry(id));
    }

    @GET
    @Path("extract.pdf")
    @Produces("application/pdf")
    public Response registry(@QueryParam("authorityId") Long authorityId) {
        if (authorityId == null) {
            throw new ValidationFailed("authorityId", "Укажите уполномоченный орган (authorityId), чей реестр напечатать");
        }
        return Downloads.inline(extracts.registry(authorityId));
    }
}
