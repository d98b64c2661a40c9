package ru.socorder.api.usage;

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
import ru.socorder.service.job.Jobs;
import ru.socorder.service.usage.UsageImports;

/**
 * {@code POST /api/v1/usage/import?fileName=…&confirm=&rows=}: a file of delivered hours (CSV or XLSX: «Номер договора»,
 * «Месяц», «Часы») checked and stored as a job ({@link ImportCalls}); the rows are entered as the executor's user.
 */
@Path("usage/import")
public class UsageFilesResource {
    @EJB
    private Jobs jobs;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response importFile(byte[] content, @QueryParam("fileName") @DefaultValue("usage.csv") String fileName,
                               @QueryParam("confirm") @DefaultValue("false") boolean confirm, @QueryParam("rows") String rows,
                               @Context UriInfo uri) {
        return ImportCalls.importFile(jobs, UsageImports.KIND, fileName, content, confirm, rows, uri, true);
    }
}
