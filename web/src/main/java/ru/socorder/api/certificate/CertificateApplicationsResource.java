package ru.socorder.api.certificate;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.api.json.TransitionBody;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.service.certificate.ApplicationAnswer;
import ru.socorder.service.certificate.ApplicationForm;
import ru.socorder.service.certificate.CertificateApplicationLifecycle;
import ru.socorder.service.certificate.CertificateApplications;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;

/**
 * {@code /api/v1/certificate-applications}: POST with the header {@code Idempotency-Key} (the ЕПГУ and Navigator
 * adapters' entry: the same key and request again answers the same — 201 with {@code Idempotent-Replayed: true};
 * the key with another request is 409 {@code IDEMPOTENCY_KEY_REUSED}); GET (status, serviceId, consumerId, q), GET {id}
 * (with {@code queuePosition} while queued, {@code reasonCode}/{@code reasonText} when refused, {@code certificateNumber}
 * once issued), POST {id}/transitions (withdraw, refuse, resolve), GET {id}/history.
 */
@Path("certificate-applications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CertificateApplicationsResource {
    @EJB
    private CertificateApplications applications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@HeaderParam("Idempotency-Key") String key, ApplicationForm form) {
        ApplicationAnswer a = applications.apply(key, form);
        Response.ResponseBuilder r = Response.status(201).entity(CertificateJson.application(a).toString());
        if (a.replayed()) {
            r.header("Idempotent-Replayed", "true");
        }
        return r.build();
    }

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("serviceId") Long serviceId,
                       @QueryParam("consumerId") Long consumerId) {
        CertificateApplicationStatus s = CertificateJson.parse(CertificateApplicationStatus.class, status, "status");
        return CertificateJson.page(applications.list(PageRequest.ofPage(page, size, q), s, serviceId, consumerId), page, size,
                CertificateJson::application);
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return CertificateJson.application(applications.get(id)).toString();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public String transition(@PathParam("id") long id, TransitionBody body) {
        TransitionBody.require(body);
        CertificateApplicationLifecycle.Action action = CertificateJson.parse(CertificateApplicationLifecycle.Action.class, body.action, "action");
        if (action == null) {
            throw new ValidationFailed("action", "Передайте action — действие с заявлением");
        }
        return CertificateJson.application(applications.transition(id, body.version, action, body.comment)).toString();
    }

    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return ru.socorder.api.HistoryJson.of(applications.history(id));
    }
}
