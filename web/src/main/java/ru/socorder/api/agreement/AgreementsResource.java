package ru.socorder.api.agreement;

import jakarta.ejb.EJB;
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
import java.util.List;
import ru.socorder.api.Downloads;
import ru.socorder.api.HistoryJson;
import ru.socorder.api.PageBody;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.service.agreement.AgreementForm;
import ru.socorder.service.agreement.AgreementView;
import ru.socorder.service.agreement.Agreements;
import ru.socorder.service.agreement.GenerateForm;
import ru.socorder.service.agreement.Generated;
import ru.socorder.service.agreement.TransitionForm;
import ru.socorder.service.agreement.VolumeAlert;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.order.VersionDiff;
import ru.socorder.service.reporting.PrintFormat;

/**
 * Agreements (соглашения): the list scoped to the two parties with filters, the card, a draft created
 * ({@code POST}) or generated for a service and year ({@code POST /generate}: 201 with the drafts made and the
 * executors passed over), the draft saved ({@code PUT}), lifecycle steps ({@code POST /{id}/transitions}
 * {@code {action, version, comment}}), an amendment ({@code POST /{id}/amendments} {@code {version, reason}}), the
 * versions with their differences, the history, the printed agreement and the volume alerts of the caller's
 * authority. The advance share new agreements start with is a payment setting ({@code /payment-settings}).
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AgreementsResource {
    @EJB
    private Agreements agreements;

    /** An amendment asked for: the version read and the reason. */
    public static class AmendmentForm {
        public Long version;
        public String reason;
    }

    /** A version with what it changed against the one it amends. */
    public record Version(AgreementView agreement, List<VersionDiff.Change> changes) {
    }

    @GET
    public PageBody<AgreementView> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                                        @QueryParam("q") String q, @QueryParam("sort") String sort,
                                        @QueryParam("authorityId") Long authorityId, @QueryParam("executorId") Long executorId,
                                        @QueryParam("serviceId") Long serviceId, @QueryParam("year") Integer year,
                                        @QueryParam("status") String status) {
        PageRequest request = Sorting.request(page, size, q, sort);
        return PageBody.of(agreements.list(request, authorityId, executorId, serviceId, year, status(status)), request, a -> a);
    }

    @GET
    @Path("alerts")
    public List<VolumeAlert> alerts() {
        return agreements.alerts();
    }

    @GET
    @Path("{id}")
    public AgreementView one(@PathParam("id") long id) {
        return agreements.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AgreementForm form) {
        return Response.status(201).entity(agreements.create(form)).build();
    }

    @POST
    @Path("generate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(GenerateForm form) {
        Generated g = agreements.generate(form);
        return Response.status(g.created().isEmpty() ? 200 : 201).entity(g).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementView save(@PathParam("id") long id, AgreementForm form) {
        return agreements.save(id, form);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementView transition(@PathParam("id") long id, TransitionForm form) {
        return agreements.transition(id, form);
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response amend(@PathParam("id") long id, AmendmentForm form) {
        AmendmentForm f = form == null ? new AmendmentForm() : form;
        return Response.status(201).entity(agreements.amend(id, f.version, f.reason)).build();
    }

    @GET
    @Path("{id}/versions")
    public List<Version> versions(@PathParam("id") long id) {
        return agreements.versions(id).stream().map(v -> new Version(v, agreements.changes(v.id()))).toList();
    }

    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(agreements.history(id));
    }

    @GET
    @Path("{id}/agreement.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Downloads.inline(agreements.print(id, PrintFormat.PDF));
    }

    @GET
    @Path("{id}/agreement.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response docx(@PathParam("id") long id) {
        return Downloads.attachment(agreements.print(id, PrintFormat.DOCX));
    }

    private static AgreementStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AgreementStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed("status", "Неизвестное состояние «" + value + "»; допустимы: "
                    + String.join(", ", java.util.Arrays.stream(AgreementStatus.values()).map(Enum::name).toList()));
        }
    }
}
