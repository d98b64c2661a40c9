package ru.socorder.api.catalog;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.service.catalog.ExecutorCatalog;
import ru.socorder.service.catalog.ExecutorDraft;
import ru.socorder.service.catalog.ImportPreview;
import ru.socorder.service.exchange.TableWriter;

/**
 * {@code GET /api/v1/executors/export?format=xlsx|csv&q=} and {@code POST /api/v1/executors/import?fileName=…&confirm=}:
 * the file body is a CSV or XLSX; without {@code confirm=true} only the checked preview is returned.
 */
@Path("executors")
public class ExecutorFilesResource {
    @EJB
    private ExecutorCatalog executors;

    @GET
    @Path("export")
    public Response export(@QueryParam("format") @DefaultValue("xlsx") String format, @QueryParam("q") String q) {
        return Files.download(executors.export(q, format));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response importFile(byte[] content, @QueryParam("fileName") @DefaultValue("import.csv") String fileName,
                               @QueryParam("confirm") @DefaultValue("false") boolean confirm) {
        ImportPreview<ExecutorDraft> preview = executors.previewImport(fileName, content);
        if (!confirm) {
            return Response.ok(Files.previewJson(preview, 0)).build();
        }
        if (!preview.importable()) {
            return Response.status(400).type(ru.socorder.api.Problems.PROBLEM_JSON)
                    .entity(Files.previewProblem(preview)).build();
        }
        int created = executors.importAll(preview.drafts(), null);
        return Response.status(201).entity(Files.previewJson(preview, created)).build();
    }
}
