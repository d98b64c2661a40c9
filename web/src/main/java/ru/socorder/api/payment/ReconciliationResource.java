package ru.socorder.api.payment;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.payment.PaymentReconciliation;

/** {@code GET /api/v1/reconciliation?authorityId=&month=}: every difference of the month, or the zero line. */
@Path("reconciliation")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReconciliationResource {
    @EJB
    private PaymentReconciliation reconciliation;

    @GET
    public String of(@QueryParam("authorityId") Long authorityId, @QueryParam("month") String month) {
        if (authorityId == null) {
            throw new ValidationFailed("authorityId", "Укажите authorityId — уполномоченный орган");
        }
        return PaymentJson.reconciliation(reconciliation.of(authorityId, PaymentJson.month(month, "month"))).toString();
    }
}
