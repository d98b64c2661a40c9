package ru.socorder.api.enrolment;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import ru.socorder.service.certificate.enrolment.CertificateCheck;

/**
 * {@code GET /api/v1/public/certificate-check?number=…&snils4=…} — without a login (web.xml lets exactly this path
 * through): the contracts on a certificate for the parent who knows its number and the last four digits of the child's
 * СНИЛС; 404 «не найдено» for a wrong pair as for a missing number; 429 with Retry-After when the address asks too often.
 */
@Path("public/certificate-check")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PublicCheckResource {
    @EJB
    private CertificateCheck check;

    @Context
    private HttpServletRequest request;

    @GET
    public String check(@QueryParam("number") String number, @QueryParam("snils4") String snils4) {
        return Json.createObjectBuilder().add("items", EnrolmentJson.items(check.check(number, snils4, request.getRemoteAddr()),
                EnrolmentJson::publicContract)).build().toString();
    }
}
