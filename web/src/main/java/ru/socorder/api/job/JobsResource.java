package ru.socorder.api.job;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.job.JobRowView;
import ru.socorder.service.job.JobView;
import ru.socorder.service.job.Jobs;

/**
 * {@code /api/v1/jobs}: background jobs in the caller's scope. {@code GET /jobs} (newest first; {@code page},
 * {@code size}, {@code q}, {@code sort}), {@code GET /jobs/{id}} (status, counts and a page of rows with their
 * verdicts and outcomes: {@code page}, {@code size}, {@code q} over the rows), {@code POST /jobs/{id}/start} (confirm a
 * previewed import), {@code POST /jobs/{id}/rerun} (a failed or interrupted job writes the rows not yet written).
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class JobsResource {
    @EJB
    private Jobs jobs;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort) {
        PageRequest request = Sorting.request(page, size, q, sort);
        Page<JobView> result = jobs.list(request);
        JsonArrayBuilder items = Json.createArrayBuilder();
        result.items().forEach(j -> items.add(JobJson.job(j)));
        return Json.createObjectBuilder().add("items", items).add("total", result.total())
                .add("page", request.first() / request.size()).add("size", request.size()).build().toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                      @QueryParam("size") @DefaultValue("100") int size, @QueryParam("q") String q) {
        JobView job = jobs.get(id);
        PageRequest request = PageRequest.ofPage(page, size, q);
        Page<JobRowView> rows = jobs.rows(id, request);
        return JobJson.job(job).add("rows", Json.createObjectBuilder().add("items", JobJson.rows(rows)).add("total", rows.total())
                .add("page", page).add("size", request.size())).build().toString();
    }

    /**
     * Starts writing a previewed import (202; the job is followed with {@code GET /jobs/{id}}): {@code rows=all} (the
     * default) the whole file or nothing, {@code rows=valid} only the accepted rows.
     */
    @POST
    @Path("{id}/start")
    public jakarta.ws.rs.core.Response start(@PathParam("id") long id, @QueryParam("rows") String rows) {
        return jakarta.ws.rs.core.Response.accepted(JobJson.job(jobs.confirm(id, ImportCalls.rows(rows))).build().toString()).build();
    }

    /** The refused rows of the file with their reasons (CSV, UTF-8, semicolons). */
    @GET
    @Path("{id}/refused.csv")
    @Produces(TableWriter.CSV)
    public jakarta.ws.rs.core.Response refused(@PathParam("id") long id) {
        jobs.get(id); // not found / not visible before the stream starts
        StreamingOutput body = out -> jobs.writeRefused(id, out);
        return jakarta.ws.rs.core.Response.ok(body).header("Content-Disposition", "attachment; filename=\"refused-" + id + ".csv\"").build();
    }


    @POST
    @Path("{id}/rerun")
    public String rerun(@PathParam("id") long id) {
        return JobJson.job(jobs.rerun(id)).build().toString();
    }
}
