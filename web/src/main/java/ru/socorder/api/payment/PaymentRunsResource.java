package ru.socorder.api.payment;

import jakarta.ejb.EJB;
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
import jakarta.json.Json;
import ru.socorder.api.Downloads;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.payment.PaymentDocuments;
import ru.socorder.service.payment.PaymentRunWriter;
import ru.socorder.service.payment.PaymentRuns;

/**
 * {@code /api/v1/payment-runs}: POST {authorityId, month} starts, resumes or rebuilds the month's run (an approved
 * month is answered as it is); GET ?authorityId=&month= the month's run; GET {id} status and progress; POST
 * {id}/approve (approver); GET {id}/invoices; GET {id}/register.xlsx|.pdf (?executorId=); GET {id}/treasury.csv.
 */
@Path("payment-runs")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PaymentRunsResource {
    @EJB
    private PaymentRuns runs;

    @EJB
    private PaymentDocuments documents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(PaymentRunForm form) {
        if (form == null || form.authorityId == null) {
            throw new ValidationFailed("authorityId", "Укажите authorityId — уполномоченный орган");
        }
        return Response.accepted(PaymentJson.run(runs.start(form.authorityId, PaymentJson.month(form.month, "month"))).toString()).build();
    }

    @GET
    public String ofMonth(@QueryParam("authorityId") Long authorityId, @QueryParam("month") String month) {
        if (authorityId == null) {
            throw new ValidationFailed("authorityId", "Укажите authorityId — уполномоченный орган");
        }
        return PaymentJson.run(runs.ofMonth(authorityId, PaymentJson.month(month, "month"))).toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return PaymentJson.run(runs.get(id)).toString();
    }

    @POST
    @Path("{id}/approve")
    public String approve(@PathParam("id") long id) {
        return PaymentJson.run(runs.approve(id)).toString();
    }

    @GET
    @Path("{id}/invoices")
    public String invoices(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size, @QueryParam("executorId") Long executorId) {
        var p = runs.invoices(id, executorId, PageRequest.ofPage(page, size, null));
        var items = Json.createArrayBuilder();
        p.items().forEach(i -> items.add(PaymentJson.invoice(i)));
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    @GET
    @Path("{id}/register.{format:xlsx|pdf}")
    @Produces({TableWriter.XLSX, "application/pdf"})
    public Response register(@PathParam("id") long id, @PathParam("format") String format, @QueryParam("executorId") Long executorId) {
        TableWriter.ExportFile f = documents.register(id, executorId, format);
        return Downloads.streamed(f.fileName(), f.contentType(), out -> f.body().writeTo(out), "attachment");
    }

    @GET
    @Path("{id}/treasury.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response treasury(@PathParam("id") long id) {
        documents.requireTreasury(id);
        return Downloads.streamed("kaznachejstvo-" + id + ".csv", "text/csv;charset=UTF-8", out -> documents.treasury(id, out), "attachment");
    }

    /**
     * Test hook: the payment writer fails after {@code chunks} chunks (a crash in the middle of a run); 404 unless the
     * server runs with {@code -Dsocorder.testHooks=true}. Administrators only.
     */
    @POST
    @Path("test-hook")
    public Response testHook(@QueryParam("failAfterChunks") @DefaultValue("-1") int chunks,
                             @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        if (!Boolean.getBoolean("socorder.testHooks") || !security.isUserInRole("ADMIN")) {
            throw new NotFound("Не найдено");
        }
        PaymentRunWriter.failAfterChunks(chunks);
        return Response.noContent().build();
    }
}
