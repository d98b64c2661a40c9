package ru.socorder.api.catalog;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;
import ru.socorder.service.catalog.ImportPreview;
import ru.socorder.service.exchange.TableWriter;

/**
 * {@code GET …/export?format=xlsx|csv&q=} and {@code POST …/import?fileName=…&confirm=} of a directory (executors,
 * services): the file body is a CSV or XLSX; without {@code confirm=true} only the checked preview is returned, with
 * it the file is written all or nothing (400 with the preview while any row is rejected, else 201). Subclasses name
 * the path and call their boundary — the same methods the screens use. Public: the resource methods of a
 * package-private superclass reach the subclasses only as synthetic bridges without their JAX-RS annotations.
 */
public abstract class DirectoryFiles<D extends Serializable> {

    protected abstract TableWriter.ExportFile exportFile(String query, String format);

    protected abstract ImportPreview<D> preview(String fileName, byte[] content);

    protected abstract int write(List<D> drafts);

    @GET
    @Path("export")
    public Response export(@QueryParam("format") @DefaultValue("xlsx") String format, @QueryParam("q") String q) {
        return Files.download(exportFile(q, format));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response importFile(byte[] content, @QueryParam("fileName") @DefaultValue("import.csv") String fileName,
                               @QueryParam("confirm") @DefaultValue("false") boolean confirm) {
        ImportPreview<D> preview = preview(fileName, content);
        if (!confirm) {
            return Response.ok(Files.previewJson(preview, 0)).build();
        }
        if (!preview.importable()) {
            return Response.status(400).type(ru.socorder.api.Problems.PROBLEM_JSON).entity(Files.previewProblem(preview)).build();
        }
        int created = write(preview.drafts());
        return Response.status(201).entity(Files.previewJson(preview, created)).build();
    }
}
