package ru.socorder.api.enrolment;

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
import ru.socorder.api.HistoryJson;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.service.certificate.enrolment.EnrolmentForm;
import ru.socorder.service.certificate.enrolment.EnrolmentView;
import ru.socorder.service.certificate.enrolment.Enrolments;

/**
 * Enrolments on programme groups: {@code POST /api/v1/enrolments} (the parent's choice, by a clerk or an adapter's
 * clerk account), lists and cards scoped to the two parties, the executor's {@code …/{id}/confirm} (a contract, the
 * place and the allocation — or 409) and {@code …/{id}/refuse} (reason required), the clerk's {@code …/{id}/cancel};
 * {@code GET …/groups?certificate=} lists the groups a certificate may be used for.
 */
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class EnrolmentsResource {
    @EJB
    private Enrolments enrolments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(EnrolmentForm form) {
        EnrolmentView e = enrolments.register(form);
        return Response.status(201).entity(EnrolmentJson.enrolment(e).toString()).build();
    }

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("status") String status,
                       @QueryParam("awaiting") @DefaultValue("false") boolean awaiting,
                       @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        EnrolmentStatus s = EnrolmentJson.parameter(EnrolmentStatus.class, "status", status);
        return EnrolmentJson.page(enrolments.list(Sorting.request(page, size, q, sort), s, awaiting, overdue), page, size,
                EnrolmentJson::enrolment);
    }

    @GET
    @Path("groups")
    public String groups(@QueryParam("certificate") String certificate, @QueryParam("q") String q) {
        return Json.createObjectBuilder().add("items", EnrolmentJson.items(enrolments.groupOptions(certificate, q), EnrolmentJson::group))
                .build().toString();
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") long id) {
        return EnrolmentJson.enrolment(enrolments.view(id)).toString();
    }

    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(enrolments.history(id));
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public String confirm(@PathParam("id") long id, AnswerBody body) {
        return EnrolmentJson.enrolment(enrolments.confirm(id, AnswerBody.require(body).version)).toString();
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public String refuse(@PathParam("id") long id, AnswerBody body) {
        AnswerBody b = AnswerBody.require(body);
        return EnrolmentJson.enrolment(enrolments.refuse(id, b.version, b.comment)).toString();
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public String cancel(@PathParam("id") long id, AnswerBody body) {
        AnswerBody b = AnswerBody.require(body);
        return EnrolmentJson.enrolment(enrolments.cancel(id, b.version, b.comment)).toString();
    }
}
