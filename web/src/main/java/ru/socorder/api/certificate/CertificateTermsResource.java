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
import ru.socorder.service.certificate.CertificateTermsService;
import ru.socorder.service.certificate.TermsForm;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;

/**
 * {@code /api/v1/certificate-terms}: GET (territoryId, year), POST, GET/PUT {id} ({@code version} in the body) — the
 * certificate settings of a territory per year.
 */
@Path("certificate-terms")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CertificateTermsResource {
    @EJB
    private CertificateTermsService terms;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("territoryId") Long territoryId, @QueryParam("year") Integer year) {
        return CertificateJson.page(terms.list(PageRequest.ofPage(page, size, null), territoryId, year), page, size, CertificateJson::terms);
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return CertificateJson.terms(terms.get(id)).toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TermsForm form) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        return Response.status(201).entity(CertificateJson.terms(terms.create(form)).toString()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, TermsForm form) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        return CertificateJson.terms(terms.update(id, form)).toString();
    }
}
