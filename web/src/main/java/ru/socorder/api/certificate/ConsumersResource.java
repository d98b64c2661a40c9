package ru.socorder.api.certificate;

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
import ru.socorder.model.certificate.ConsumerStatus;
import ru.socorder.service.certificate.ConsumerForm;
import ru.socorder.service.certificate.Consumers;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;

/**
 * {@code /api/v1/consumers}: GET (q, status — the СНИЛС masked for everyone), POST (register: a СНИЛС already registered
 * is 409; a probable duplicate is created HELD with its candidate), GET {id} (the full personal data — only to the
 * territory's clerks, every view audited), PUT {id}, POST {id}/resolution ({@code {"resolution":"release|use_existing",
 * "version":n}}).
 */
@Path("consumers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ConsumersResource {
    @EJB
    private Consumers consumers;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("status") String status) {
        ConsumerStatus s = CertificateJson.parse(ConsumerStatus.class, status, "status");
        return CertificateJson.page(consumers.list(PageRequest.ofPage(page, size, q), s), page, size, CertificateJson::consumerRow);
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return CertificateJson.consumer(consumers.get(id)).toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ConsumerForm form) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        return Response.status(201).entity(CertificateJson.consumerRow(consumers.row(consumers.register(form).getId())).toString()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, ConsumerForm form) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        return CertificateJson.consumerRow(consumers.row(consumers.update(id, form).getId())).toString();
    }

    /** The clerk's decision on a held consumer. */
    public static class ResolutionBody {
        public String resolution;
        public Long version;
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public String resolve(@PathParam("id") long id, ResolutionBody body) {
        if (body == null || body.version == null) {
            throw new ValidationFailed("version", "Передайте version, полученную при чтении записи");
        }
        Consumers.Resolution how = CertificateJson.parse(Consumers.Resolution.class, body.resolution, "resolution");
        return CertificateJson.consumerRow(consumers.row(consumers.resolve(id, body.version, how).getId())).toString();
    }
}
