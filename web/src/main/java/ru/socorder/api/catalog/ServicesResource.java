package ru.socorder.api.catalog;

import jakarta.ejb.EJB;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import ru.socorder.api.HistoryJson;
import ru.socorder.api.PageBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.catalog.ServiceDraft;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.catalog.ServiceImports;

/**
 * {@code /api/v1/services}: services by registry number within territories; {@code export} and {@code import} come
 * from {@link DirectoryFiles}.
 */
@Path("services")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ServicesResource extends DirectoryFiles {
    @EJB
    private ServiceCatalog services;

    @Override
    protected TableWriter.ExportFile exportFile(String query, String format) {
        return services.export(query, format);
    }

    @Override
    protected String kind() {
        return ServiceImports.KIND;
    }

    @GET
    public PageBody<ServiceDraft> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                                       @QueryParam("q") String q, @QueryParam("territoryId") Long territoryId,
                                       @QueryParam("sort") String sort) {
        PageRequest request = Sorting.request(page, size, q, sort);
        return PageBody.of(services.list(request, territoryId), request, ServiceDraft::of);
    }

    /** Accepts any lookalike spelling (Latin letters, digit 0 for «О», spaces instead of dots). */
    @GET
    @Path("by-registry-number/{number}")
    public List<ServiceDraft> byRegistryNumber(@PathParam("number") String number) {
        List<SocialService> found = services.byRegistryNumber(number);
        if (found.isEmpty()) {
            throw new NotFound("Услуга с реестровым номером " + number + " в справочнике не найдена");
        }
        return found.stream().map(ServiceDraft::of).toList();
    }

    @GET
    @Path("{id}")
    public ServiceDraft get(@PathParam("id") long id) {
        return services.draft(id);
    }

    /** What happened to the service (created, changed), oldest first. */
    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(services.history(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ServiceDraft draft, @Context UriInfo uri) {
        SocialService s = services.create(ExecutorsResource.require(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.getId())).build())
                .entity(ServiceDraft.of(s)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceDraft update(@PathParam("id") long id, ServiceDraft draft) {
        return ServiceDraft.of(services.update(id, ExecutorsResource.require(draft)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        services.delete(id, version);
        return Response.noContent().build();
    }
}
