package ru.socorder.api.decision;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.PrintedForm;
import java.time.Clock;
import java.time.LocalDate;
import ru.socorder.model.decision.Decision;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.decision.DecisionService;

/** {@code GET /api/v1/decisions}, {@code GET /api/v1/decisions/{id}}. */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DecisionsResource {
    @EJB
    private DecisionService decisions;

    @Inject
    private Clock clock;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("territoryId") Long territoryId) {
        PageRequest r = PageRequest.ofPage(page, size, q);
        Page<Decision> p = decisions.list(r, territoryId);
        JsonArrayBuilder items = Json.createArrayBuilder();
        p.items().forEach(d -> items.add(DecisionJson.summary(d)));
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    @GET
    @Path("{id}/appendices.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return file(decisions.appendices(id, PrintFormat.PDF), "inline");
    }

    @GET
    @Path("{id}/appendices.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response docx(@PathParam("id") long id) {
        return file(decisions.appendices(id, PrintFormat.DOCX), "attachment");
    }

    static Response file(PrintedForm form, String disposition) {
        return Response.ok(form.content(), form.contentType())
                .header("Content-Disposition", disposition + "; filename=\"" + form.fileName() + "\"").build();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return DecisionJson.full(decisions.view(id), LocalDate.now(clock)).toString();
    }
}
