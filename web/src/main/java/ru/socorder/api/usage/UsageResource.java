package ru.socorder.api.usage;

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
import java.time.YearMonth;
import ru.socorder.api.catalog.Sorting;
import ru.socorder.model.usage.UsageSource;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.usage.CorrectionForm;
import ru.socorder.service.usage.DeliveredVolume;
import ru.socorder.service.usage.UsageForm;
import ru.socorder.service.usage.UsageMonthState;

/**
 * Delivered volume: {@code POST /usage} — the hours of one contract-month ({@code {contractId, month, hours}}) or of a
 * month's list ({@code {month, rows:[{contractId, hours}]}}), all or nothing, naturally idempotent (the same hours
 * again answer the same, 200; other hours for a submitted month 409); {@code GET /usage?executorId=&month=&contractId=}
 * (paged); {@code GET /usage/grid/{executorId}/{yyyy-MM}} (the entry screen's month);
 * {@code POST /usage/months/{executorId}/{yyyy-MM}/submit} (consumes on the certificates' ledgers; again: the same
 * answer, nothing consumed twice); {@code GET /usage/months?month=&status=} (every executor with contracts in force in
 * the month, required: NOT_ENTERED, OPEN or SUBMITTED); {@code POST /usage/{id}/corrections}
 * ({@code {hours, reason}}, the authority's clerk) and {@code GET /usage/{id}/corrections}. Files:
 * {@code POST /usage/import} ({@link UsageFilesResource}).
 */
@Path("usage")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UsageResource {
    @EJB
    private DeliveredVolume volume;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String enter(UsageForm form) {
        return UsageJson.items(volume.enter(form, UsageSource.API).stream().map(UsageJson::usage).toList());
    }

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("executorId") Long executorId,
                       @QueryParam("month") String month, @QueryParam("contractId") Long contractId) {
        return UsageJson.page(volume.list(Sorting.request(page, size, q, sort), executorId, UsageJson.month("month", month), contractId),
                page, size, UsageJson::usage);
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") long id) {
        return UsageJson.usage(volume.view(id)).toString();
    }

    @GET
    @Path("grid/{executorId}/{month}")
    public String grid(@PathParam("executorId") long executorId, @PathParam("month") String month) {
        return UsageJson.grid(volume.grid(executorId, required(month))).toString();
    }

    @POST
    @Path("months/{executorId}/{month}/submit")
    public String submit(@PathParam("executorId") long executorId, @PathParam("month") String month) {
        return UsageJson.items(volume.submit(executorId, required(month)).stream().map(UsageJson::month).toList());
    }

    @GET
    @Path("months")
    public String months(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                         @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("month") String month,
                         @QueryParam("status") String status) {
        UsageMonthState s = status == null || status.isBlank() ? null : parse(status);
        return UsageJson.page(volume.months(Sorting.request(page, size, q, sort), required(month), s), page, size, UsageJson::month);
    }

    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    public String correct(@PathParam("id") long id, CorrectionForm form) {
        return UsageJson.usage(volume.correct(id, form)).toString();
    }

    @GET
    @Path("{id}/corrections")
    public String corrections(@PathParam("id") long id) {
        return UsageJson.items(volume.corrections(id).stream().map(UsageJson::correction).toList());
    }

    private static YearMonth required(String month) {
        YearMonth m = UsageJson.month("month", month);
        if (m == null) {
            throw new ValidationFailed("month", "Укажите месяц (ГГГГ-ММ)");
        }
        return m;
    }

    private static UsageMonthState parse(String status) {
        try {
            return UsageMonthState.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed("status", "Неизвестное значение «" + status + "»; допустимы: NOT_ENTERED, OPEN, SUBMITTED");
        }
    }
}
