package ru.socorder.api.decision;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import ru.socorder.api.json.TransitionBody;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.api.Downloads;
import ru.socorder.service.reporting.PrintFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.decision.Decision;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.decision.ActivityForm;
import ru.socorder.service.decision.AppendixForm;
import ru.socorder.service.decision.ApprobationPlanService;
import ru.socorder.service.decision.DecisionDocuments;
import ru.socorder.service.decision.DecisionForm;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.model.decision.ActivityStatus;

/** {@code /api/v1/decisions}: the list, a decision, its header, lifecycle, plan, original, appendices and history. */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DecisionsResource {
    @EJB
    private DecisionService decisions;

    @EJB
    private ApprobationPlanService plans;

    @EJB
    private DecisionDocuments documents;


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

    /** Records a new decision (draft). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DecisionForm form) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        Decision d = decisions.create(form);
        return Response.status(201).entity(DecisionJson.summary(d).build().toString()).build();
    }

    /** Corrects the header: {@code PUT /decisions/{id}?version=n} with the same body as POST. */
    @jakarta.ws.rs.PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, @QueryParam("version") Long version, DecisionForm form) {
        if (form == null || version == null) {
            throw new ValidationFailed("version", "Передайте version (в параметре запроса) и тело с данными решения");
        }
        return DecisionJson.summary(decisions.update(id, version, form)).build().toString();
    }

    /** {@code {"action": "adopt" | "expire", "version": n}}: an illegal transition is 409. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public String transition(@PathParam("id") long id, TransitionBody body) {
        decisions.requireEditable(id); // rights before input
        long version = TransitionBody.require(body).version;
        Decision d = switch (body.action) {
            case "adopt" -> decisions.adopt(id, version);
            case "expire" -> decisions.expire(id, version);
            default -> throw new ValidationFailed("action", "Неизвестное действие «" + body.action + "»: допустимы adopt, expire");
        };
        return DecisionJson.summary(d).build().toString();
    }

    /** Adds an activity to a stage of the plan of this decision; the deadline text is parsed. */
    @POST
    @Path("{id}/plan/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addActivity(@PathParam("id") long id, ActivityForm form) {
        decisions.requireEditable(id);
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        var a = plans.addActivity(id, form);
        return Response.status(201).entity(jakarta.json.Json.createObjectBuilder().add("id", a.getId()).add("version", a.getVersion())
                .add("deadline", DecisionJson.deadline(a.getDeadline(), LocalDate.now(clock))).build().toString()).build();
    }

    /** {@code {"status": "IN_PROGRESS" | "DONE" | "PLANNED", "version": n, "doneOn": "2024-05-01", "evidence": "…"}} */
    @POST
    @Path("{id}/plan/activities/{activityId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public String activityStatus(@PathParam("id") long id, @PathParam("activityId") long activityId, StatusBody body) {
        decisions.requireEditable(id);
        if (body == null || body.status == null || body.version == null) {
            throw new ValidationFailed(body == null || body.status == null ? "status" : "version", "Передайте status и version");
        }
        var a = plans.setStatus(id, activityId, body.version, body.status, body.doneOn, body.evidence);
        return jakarta.json.Json.createObjectBuilder().add("id", a.getId()).add("version", a.getVersion())
                .add("status", a.statusOn(LocalDate.now(clock)).name()).build().toString();
    }

    /** The body of an activity status change. */
    public static class StatusBody {
        public ActivityStatus status;
        public Long version;
        public LocalDate doneOn;
        public String evidence;
    }

    /** Who adopted the act, when it was amended or expired: the steps of its lifecycle. */
    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return ru.socorder.api.HistoryJson.of(decisions.history(id));
    }

    /** The original of the act (PDF/DOCX). */
    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response originalFile(@PathParam("id") long id) {
        return Downloads.attachment(documents.original(id));
    }

    /** Attaches the original: {@code PUT /decisions/{id}/file?fileName=act.pdf} with the file as the body. */
    @jakarta.ws.rs.PUT
    @Path("{id}/file")
    @Consumes(MediaType.WILDCARD)
    public String attach(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] content) {
        Decision d = documents.attachOriginal(id, fileName, content);
        return DecisionJson.summary(d).add("fileName", d.getFileName()).build().toString();
    }

    /**
     * The appendices as they print — numbers, order, stamps, titles, column captions and numbering rows, signatures, the
     * names of the working group's roles, the parts of the information support — the act's own where stored, the usual
     * ones otherwise ({@code standard}: true).
     */
    @GET
    @Path("{id}/appendices")
    public String appendices(@PathParam("id") long id) {
        return DecisionJson.appendices(documents.appendices(id)).toString();
    }

    /**
     * Stores the appendices: the body of {@code GET …/appendices} with {@code version}; a list not given keeps what is
     * saved, an empty list means the usual ones; a stamp not given is the usual one, an empty stamp prints none.
     */
    @jakarta.ws.rs.PUT
    @Path("{id}/appendices")
    @Consumes(MediaType.APPLICATION_JSON)
    public String setAppendices(@PathParam("id") long id, AppendixForm form) {
        return DecisionJson.appendices(documents.setAppendices(id, form)).toString();
    }

    /**
     * The appendices as the act prints them; {@code ?protocols=12,15} adds the protocols of those meetings of the
     * working group (ids from {@code …/working-group/meetings}); without it, no protocol is printed.
     */
    @GET
    @Path("{id}/appendices.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("protocols") String protocols) {
        return Downloads.inline(documents.appendices(id, PrintFormat.PDF, meetingIds(protocols)));
    }

    @GET
    @Path("{id}/appendices.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response docx(@PathParam("id") long id, @QueryParam("protocols") String protocols) {
        return Downloads.attachment(documents.appendices(id, PrintFormat.DOCX, meetingIds(protocols)));
    }

    /** The ids of the parameter {@code protocols}, comma-separated; anything else is 400 naming it. */
    static List<Long> meetingIds(String protocols) {
        if (protocols == null || protocols.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : protocols.split(",")) {
            try {
                ids.add(Long.valueOf(part.strip()));
            } catch (NumberFormatException e) {
                throw new ValidationFailed("protocols", "Параметр protocols: ожидаются номера заседаний через запятую, передано «"
                        + (part.length() > 40 ? part.substring(0, 40) + "…" : part) + "»");
            }
        }
        return ids;
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return DecisionJson.full(decisions.view(id), LocalDate.now(clock)).toString();
    }
}
