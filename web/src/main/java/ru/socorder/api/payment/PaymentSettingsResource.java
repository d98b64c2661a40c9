package ru.socorder.api.payment;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.payment.PaymentSettings;
import ru.socorder.service.payment.PaymentSettingsForm;
import ru.socorder.service.payment.PaymentSettingsView;

/**
 * {@code /api/v1/payment-settings}: GET the authorities whose settings the caller sees; GET {authorityId} the
 * authority's advance share, pay working day, version and whether the caller may change them; PUT {authorityId}
 * {@code {advanceShare, advanceWorkingDay, version}} (administrator, the authority's approver).
 */
@Path("payment-settings")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PaymentSettingsResource {
    @EJB
    private PaymentSettings settings;

    @GET
    public List<OptionItem> authorities() {
        return settings.authorities();
    }

    @GET
    @Path("{authorityId}")
    public PaymentSettingsView get(@PathParam("authorityId") long authorityId) {
        return settings.get(authorityId);
    }

    @PUT
    @Path("{authorityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentSettingsView save(@PathParam("authorityId") long authorityId, PaymentSettingsForm form) {
        return settings.save(authorityId, form);
    }
}
