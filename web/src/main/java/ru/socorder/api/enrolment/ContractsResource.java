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
import ru.socorder.api.HistoryJson;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.service.certificate.enrolment.Contracts;
import ru.socorder.service.certificate.enrolment.ExecutorChangeForm;
import ru.socorder.service.certificate.enrolment.TerminationForm;

/**
 * Consumer contracts: lists and cards scoped to the two parties, {@code …/{id}/terminate} (either side, a date, the
 * basis: the unconsumed allocation is released) and {@code …/{id}/change-executor} (one transaction: the old contract
 * terminated and the new one concluded — 201 with the new contract — or nothing changed).
 */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ContractsResource {
    @EJB
    private Contracts contracts;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("status") String status,
                       @QueryParam("certificate") String certificate) {
        ContractStatus s = EnrolmentJson.parameter(ContractStatus.class, "status", status);
        return EnrolmentJson.page(contracts.list(Sorting.request(page, size, q, sort), s, certificate), page, size, EnrolmentJson::contract);
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") long id) {
        return EnrolmentJson.contract(contracts.view(id)).toString();
    }

    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return HistoryJson.of(contracts.history(id));
    }

    @POST
    @Path("{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    public String terminate(@PathParam("id") long id, TerminationForm form) {
        return EnrolmentJson.contract(contracts.terminate(id, form)).toString();
    }

    @POST
    @Path("{id}/change-executor")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeExecutor(@PathParam("id") long id, ExecutorChangeForm form) {
        return Response.status(201).entity(EnrolmentJson.contract(contracts.changeExecutor(id, form)).toString()).build();
    }
}
