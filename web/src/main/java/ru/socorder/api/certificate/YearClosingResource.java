package ru.socorder.api.certificate;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.api.Downloads;
import ru.socorder.service.certificate.closing.CalendarForm;
import ru.socorder.service.certificate.closing.ClosingView;
import ru.socorder.service.certificate.closing.ContinuationRow;
import ru.socorder.service.certificate.closing.YearClosingService;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.TableWriter;

/**
 * {@code /api/v1/year-closing/{territoryId}/{year}}: GET the closing (calendar, state, progress, counts), PUT the
 * calendar ({@code stopDate}, {@code closingDate}, {@code version}), POST {@code …/run} (202: the year end runs in the
 * background; GET shows its progress), GET {@code …/continuations} (the report «Переход договоров на следующий год»,
 * a page), {@code …/continuations.pdf} and {@code …/continuations/export?format=xlsx|csv}.
 */
@Path("year-closing/{territoryId}/{year}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class YearClosingResource {
    @EJB
    private YearClosingService closing;

    @GET
    public String get(@PathParam("territoryId") long territoryId, @PathParam("year") int year) {
        return json(closing.view(territoryId, year)).toString();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String save(@PathParam("territoryId") long territoryId, @PathParam("year") int year, CalendarForm form) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        return json(closing.save(territoryId, year, form)).toString();
    }

    @POST
    @Path("run")
    public Response run(@PathParam("territoryId") long territoryId, @PathParam("year") int year) {
        return Response.accepted(json(closing.run(territoryId, year)).toString()).build();
    }

    @GET
    @Path("continuations")
    public String continuations(@PathParam("territoryId") long territoryId, @PathParam("year") int year,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                                @QueryParam("q") String q) {
        return CertificateJson.page(closing.continuations(territoryId, year, PageRequest.ofPage(page, size, q)), page, size,
                YearClosingResource::json);
    }

    @GET
    @Path("continuations/export")
    @Produces({TableWriter.XLSX, TableWriter.CSV})
    public Response export(@PathParam("territoryId") long territoryId, @PathParam("year") int year,
                           @QueryParam("format") @DefaultValue("xlsx") String format) {
        TableWriter.ExportFile file = closing.export(territoryId, year, format);
        return Downloads.streamed(file.fileName(), file.contentType(), out -> file.body().writeTo(out), "attachment");
    }

    @GET
    @Path("continuations.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("territoryId") long territoryId, @PathParam("year") int year) {
        return Downloads.attachment(closing.print(territoryId, year));
    }

    static JsonObject json(ClosingView v) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("territoryId", v.territoryId()).add("territoryName", v.territoryName())
                .add("year", v.year()).add("stopDate", v.stopDate().toString()).add("closingDate", v.closingDate().toString())
                .add("saved", v.saved()).add("version", v.version()).add("status", v.status().name()).add("statusLabel", v.statusLabel())
                .add("running", v.running()).add("issuingStopped", v.stopped()).add("total", v.total()).add("processed", v.processed())
                .add("completed", v.completed()).add("continued", v.continued()).add("notContinued", v.notContinued());
        CertificateJson.put(b, "startedAt", v.startedAt());
        CertificateJson.put(b, "finishedAt", v.finishedAt());
        CertificateJson.put(b, "runBy", v.runBy());
        return b.build();
    }

    static JsonObject json(ContinuationRow r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("contractId", r.contractId()).add("contractNumber", r.contractNumber())
                .add("certificateNumber", r.certificateNumber()).add("executor", r.executorName()).add("programme", r.programmeName())
                .add("outcome", r.outcome().name()).add("outcomeLabel", r.outcomeLabel());
        CertificateJson.put(b, "continuationNumber", r.continuationNumber());
        CertificateJson.put(b, "newCertificateNumber", r.newCertificateNumber());
        CertificateJson.put(b, "continuationHours", r.continuationHours());
        CertificateJson.put(b, "reason", r.reason() == null ? null : r.reason().name());
        CertificateJson.put(b, "reasonText", r.reasonText());
        CertificateJson.put(b, "releasedAmount", r.releasedAmount());
        return b.build();
    }
}
