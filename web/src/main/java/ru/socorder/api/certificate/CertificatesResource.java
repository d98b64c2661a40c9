package ru.socorder.api.certificate;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.socorder.api.json.TransitionBody;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.service.certificate.CertificateLifecycle;
import ru.socorder.service.certificate.Certificates;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;

/**
 * {@code /api/v1/certificates}: the registry of recipients — GET (q: a name or part of the number; snils; status;
 * serviceId; year), GET {number} (with the balance: nominal, allocated, consumed, expired, available in hours and
 * roubles), GET {number}/ledger (every movement with the balance after it), POST {number}/transitions (suspend,
 * resume, close, revoke), GET {number}/history.
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CertificatesResource {
    @EJB
    private Certificates certificates;

    @GET
    public String search(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                         @QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("serviceId") Long serviceId,
                         @QueryParam("year") Integer year, @QueryParam("snils") String snils) {
        CertificateStatus s = CertificateJson.parse(CertificateStatus.class, status, "status");
        return CertificateJson.page(certificates.search(PageRequest.ofPage(page, size, q), s, serviceId, year, snils), page, size,
                CertificateJson::certificateRow);
    }

    @GET
    @Path("{number}")
    public String get(@PathParam("number") String number) {
        Certificate c = certificates.get(number);
        return CertificateJson.certificate(c, certificates.balance(number),
                certificates.actions(number).stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList()).toString();
    }

    @GET
    @Path("{number}/ledger")
    public String ledger(@PathParam("number") String number) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        certificates.ledger(number).forEach(m -> items.add(CertificateJson.movement(m)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Path("{number}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public String transition(@PathParam("number") String number, TransitionBody body) {
        TransitionBody.require(body);
        CertificateLifecycle.Action action = CertificateJson.parse(CertificateLifecycle.Action.class, body.action, "action");
        if (action == null) {
            throw new ValidationFailed("action", "Передайте action — действие с сертификатом");
        }
        certificates.transition(number, body.version, action, body.comment);
        return get(number);
    }

    @GET
    @Path("{number}/certificate.pdf")
    @Produces("application/pdf")
    public jakarta.ws.rs.core.Response pdf(@PathParam("number") String number) {
        return ru.socorder.api.Downloads.inline(certificates.print(number));
    }

    @GET
    @Path("{number}/extract.pdf")
    @Produces("application/pdf")
    public jakarta.ws.rs.core.Response extract(@PathParam("number") String number) {
        return ru.socorder.api.Downloads.inline(certificates.extract(number));
    }

    @GET
    @Path("{number}/history")
    public String history(@PathParam("number") String number) {
        return ru.socorder.api.HistoryJson.of(certificates.history(number));
    }
}
