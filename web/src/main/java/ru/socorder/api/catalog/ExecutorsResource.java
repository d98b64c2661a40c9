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
import ru.socorder.api.HistoryJson;
import ru.socorder.api.PageBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.service.catalog.ExecutorDraft;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.catalog.ExecutorImports;
import ru.socorder.service.common.ValidationFailed;

/** {@code /api/v1/executors}: the executor directory; {@code export} and {@code import} come from {@link DirectoryFiles}. */
@Path("executors")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ExecutorsResource extends DirectoryFiles {
    @EJB
    private ExecutorCatalog executors;

    @Override
    protected TableWriter.ExportFile exportFile(String query, String format) {
        return executors.export(query, format);
    }

    @Override
    protected String kind() {
        return ExecutorImports.KIND;
    }

    @GET
    public PageBody<ExecutorDraft> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                                        @QueryParam("q") String q, @QueryParam("inn") String inn, @QueryParam("sort") String sort) {
        PageRequest request = Sorting.request(page, size, q, sort);
        return PageBody.of(executors.list(request, inn), request, ExecutorDraft::of);
    }

    @GET
    @Path("{id}")
    public ExecutorDraft get(@PathParam("id") long id) {
        return executors.draft(id);
    }

    /** What happened to the executor's card (created, changed), oldest first. */
    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(executors.history(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ExecutorDraft draft, @Context UriInfo uri) {
        Executor e = executors.create(require(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(e.getId())).build())
                .entity(ExecutorDraft.of(e)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExecutorDraft update(@PathParam("id") long id, ExecutorDraft draft) {
        return ExecutorDraft.of(executors.update(id, require(draft)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        executors.delete(id, version);
        return Response.noContent().build();
    }

    static <T> T require(T body) {
        if (body == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        return body;
    }
}
