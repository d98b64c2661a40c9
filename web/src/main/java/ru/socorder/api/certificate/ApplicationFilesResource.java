package ru.socorder.api.certificate;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.socorder.api.job.ImportCalls;
import ru.socorder.service.certificate.ApplicationImports;
import ru.socorder.service.job.Jobs;

/**
 * {@code POST /api/v1/certificate-applications/import?fileName=…&confirm=&rows=}: a Navigator file of applications
 * (CSV in UTF-8 or Windows-1251, or XLSX; up to 100 000 rows) checked and stored as a job ({@link ImportCalls}); the
 * answer carries the counts and the first rows — the rest are paged through {@code GET /api/v1/jobs/{id}}.
 */
@Path("certificate-applications/import")
public class ApplicationFilesResource {
    @EJB
    private Jobs jobs;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response importFile(byte[] content, @QueryParam("fileName") @DefaultValue("applications.csv") String fileName,
                               @QueryParam("confirm") @DefaultValue("false") boolean confirm, @QueryParam("rows") String rows,
                               @Context UriInfo uri) {
        return ImportCalls.importFile(jobs, ApplicationImports.KIND, fileName, content, confirm, rows, uri, false);
    }
}
