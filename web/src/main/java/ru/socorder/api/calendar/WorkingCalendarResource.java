package ru.socorder.api.calendar;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.socorder.service.calendar.DayForm;
import ru.socorder.service.calendar.WorkingCalendar;
import ru.socorder.service.common.ValidationFailed;

/**
 * {@code /api/v1/working-calendar}: GET {@code {year}} — the year's days the Government's decree moves ({@code days}:
 * id, version, date, kind NON_WORKING | WORKING, basis) and the working days of each month ({@code months}); every
 * logged-in user reads it. The administrator adds a day (POST {@code days}), changes it (PUT
 * {@code days/{id}?version=}) and deletes it (DELETE {@code days/{id}}); a day that would not change the calendar or
 * a date that has one already is 400 naming the field.
 */
@Path("working-calendar")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class WorkingCalendarResource {
    @EJB
    private WorkingCalendar calendar;

    @GET
    @Path("{year}")
    public String year(@PathParam("year") int year) {
        WorkingCalendar.Year y = calendar.year(year);
        JsonArrayBuilder days = Json.createArrayBuilder();
        y.days().forEach(d -> days.add(day(d)));
        JsonArrayBuilder months = Json.createArrayBuilder();
        y.months().forEach(m -> months.add(Json.createObjectBuilder().add("month", m.month().toString()).add("workingDays", m.workingDays())));
        return Json.createObjectBuilder().add("year", y.year()).add("days", days).add("months", months).build().toString();
    }

    @POST
    @Path("days")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(DayForm form) {
        return Response.status(201).entity(day(calendar.add(form)).build().toString()).build();
    }

    @GET
    @Path("days/{id}")
    public String get(@PathParam("id") long id) {
        return day(calendar.get(id)).build().toString();
    }

    @PUT
    @Path("days/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("id") long id, @QueryParam("version") Long version, DayForm form) {
        calendar.get(id);
        if (version == null) {
            throw new ValidationFailed("version", "Передайте version (в параметре запроса), полученную при чтении дня");
        }
        return day(calendar.change(id, version, form)).build().toString();
    }

    @DELETE
    @Path("days/{id}")
    public Response delete(@PathParam("id") long id) {
        calendar.delete(id);
        return Response.noContent().build();
    }

    private static JsonObjectBuilder day(WorkingCalendar.Day d) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", d.id()).add("version", d.version()).add("date", d.date().toString())
                .add("kind", d.kind().name()).add("kindLabel", d.kindLabel());
        return d.basis() == null ? b.addNull("basis") : b.add("basis", d.basis());
    }
}
