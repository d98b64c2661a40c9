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
import ru.socorder.api.job.JobJson;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.job.JobView;
import ru.socorder.service.job.Jobs;

/**
 * {@code GET …/export?format=xlsx|csv&q=} and {@code POST …/import?fileName=…&confirm=} of a directory (executors,
 * services): the file body is a CSV or XLSX; it is checked and stored as a job. Without {@code confirm=true} only the
 * checked preview is returned (200); with it, while any row is rejected 400 with the preview, else the job starts
 * writing in the background: 202 with the preview and the job, {@code Location: /api/v1/jobs/{id}} to follow it.
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
                               @QueryParam("confirm") @DefaultValue("false") boolean confirm, @Context UriInfo uri) {
        JobView job = jobs.previewImport(kind(), fileName, content);
        if (!confirm) {
            return Response.ok(JobJson.preview(job, jobs).build().toString()).build();
        }
        if (!job.importable()) {
            return Response.status(400).type(ru.socorder.api.Problems.PROBLEM_JSON).entity(JobJson.previewProblem(job, jobs)).build();
        }
        JobView started = jobs.confirm(job.id());
        return Response.accepted(JobJson.preview(started, jobs).build().toString())
                .location(uri.getBaseUriBuilder().path("jobs").path(String.valueOf(started.id())).build()).build();
    }
}
