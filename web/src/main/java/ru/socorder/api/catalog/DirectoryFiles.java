package ru.socorder.api.catalog;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.socorder.api.job.ImportCalls;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.job.Jobs;

/**
 * {@code GET …/export?format=xlsx|csv&q=} and {@code POST …/import?fileName=…&confirm=&rows=} of a directory
 * (executors, services): the file body is a CSV or XLSX, checked and stored as a job ({@link ImportCalls}).
 * The directory's resource class extends this one (the job kind and the export — the same boundaries the screens
 * use), so one root resource class serves the directory's path. Public: the resource methods of a package-private
 * superclass reach the subclasses only as synthetic bridges without their JAX-RS annotations.
 */
public abstract class DirectoryFiles {
    @EJB
    private Jobs jobs;

    protected abstract TableWriter.ExportFile exportFile(String query, String format);

    /** The job kind of the import, e.g. {@code EXECUTOR_IMPORT}. */
    protected abstract String kind();

    /**
     * The file types are named: RESTEasy (WildFly) weighs the media types of all methods whose path matches, and the
     * JSON of {@code GET {id}} would otherwise win over {@code export} for a client that accepts anything.
     */
    @GET
    @Path("export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv;charset=UTF-8"})
    public Response export(@QueryParam("format") @DefaultValue("xlsx") String format, @QueryParam("q") String q) {
        return Files.download(exportFile(q, format));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response importFile(byte[] content, @QueryParam("fileName") @DefaultValue("import.csv") String fileName,
                               @QueryParam("confirm") @DefaultValue("false") boolean confirm, @QueryParam("rows") String rows,
                               @Context UriInfo uri) {
        return ImportCalls.importFile(jobs, kind(), fileName, content, confirm, rows, uri, true);
    }
}
