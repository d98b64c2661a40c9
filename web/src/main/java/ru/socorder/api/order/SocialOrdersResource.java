package ru.socorder.api.order;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Locale;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.api.Downloads;
import ru.socorder.api.json.TransitionBody;
import ru.socorder.service.order.AllowedVolume;
import ru.socorder.service.order.OrderAlert;
import ru.socorder.service.order.OrderDocuments;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.PrintedForm;
import ru.socorder.service.order.OrderForm;
import ru.socorder.service.order.OrderFormationService;
import ru.socorder.service.order.OrderLifecycle;
import ru.socorder.service.order.OrderVolumes;
import ru.socorder.service.order.VersionDiff;

/**
 * {@code /api/v1/social-orders}: GET/POST, GET/PUT {id} (a draft: the header when {@code title} is given, and the
 * lines — volumes per year, quality indicators; {@code version} in the body), POST {id}/copy (draft for the next year),
 * POST {id}/transitions ({@code {"action":"submit|return|approve|publish|amend","version":n,"comment":…}}),
 * GET {id}/versions, GET {id}/diff?from=, GET allowed-volume?serviceId=&year=&method= (what the current approved
 * version allows). Each line carries its {@code id}, which stays while a draft is saved again. A split that does not add up is 400 naming the line and the year; an
 * action not allowed in the state is 409 with the state.
 */
@Path("social-orders")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SocialOrdersResource {
    @EJB
    private OrderFormationService orders;

    @EJB
    private OrderDocuments documents;

    @EJB
    private OrderVolumes volumes;

    @GET
    public String list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
                       @QueryParam("year") Integer year, @QueryParam("authorityId") Long authorityId, @QueryParam("status") String status) {
        PageRequest r = PageRequest.ofPage(page, size, null);
        OrderStatus s = null;
        if (status != null) {
            try {
                s = OrderStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationFailed("status", "Неизвестный статус «" + status + "»");
            }
        }
        Page<SocialOrder> p = orders.list(r, year, authorityId, s);
        JsonArrayBuilder items = Json.createArrayBuilder();
        p.items().forEach(o -> items.add(header(o)));
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", page).add("size", size).build().toString();
    }

    /** Orders not approved while the approval deadline of their territory is within 30 days or past. */
    @GET
    @Path("approval-alerts")
    public String approvalAlerts() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (OrderAlert a : orders.approvalAlerts()) {
            items.add(Json.createObjectBuilder().add("orderId", a.orderId()).add("title", a.title()).add("authority", a.authority())
                    .add("fiscalYear", a.fiscalYear()).add("status", a.status()).add("dueDate", a.dueDate().toString())
                    .add("daysLeft", a.daysLeft()).add("overdue", a.isOverdue()));
        }
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    /**
     * What the current approved version of an order allows for a service in a year by a method
     * ({@code treasury|budgetAutonomous|competition|certificates}); 404 when no approved order plans the service for
     * the year, 400 naming a missing or bad parameter.
     */
    @GET
    @Path("allowed-volume")
    public String allowedVolume(@QueryParam("serviceId") Long serviceId, @QueryParam("year") Integer year,
                                @QueryParam("method") String method) {
        if (serviceId == null) {
            throw new ValidationFailed("serviceId", "Укажите услугу (serviceId)");
        }
        if (year == null) {
            throw new ValidationFailed("year", "Укажите год (year)");
        }
        Method m = Method.parse(method).orElseThrow(() -> new ValidationFailed("method", (method == null ? "Укажите способ (method)"
                : "Неизвестный способ «" + method + "»") + ": допустимы treasury, budgetAutonomous, competition, certificates"));
        AllowedVolume a = volumes.allowed(serviceId, year, m).orElseThrow(() -> new NotFound("Утверждённого социального заказа "
                + "с этой услугой на " + year + " год нет"));
        JsonObjectBuilder b = Json.createObjectBuilder().add("orderId", a.orderId()).add("familyId", a.familyId())
                .add("versionNumber", a.versionNumber()).add("lineId", a.lineId()).add("serviceId", a.serviceId())
                .add("year", a.year()).add("periodYear", a.periodYear()).add("period", a.period().name())
                .add("method", a.method().field()).add("volume", a.volume());
        nullable(b, "unitCode", a.unitCode());
        nullable(b, "unitName", a.unitName());
        return b.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OrderForm form) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        return Response.status(201).entity(full(orders.create(form)).toString()).build();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return full(orders.display(id)).toString();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, OrderForm form) {
        if (form == null || form.version == null) {
            throw new ValidationFailed("version", "Передайте version, полученную при чтении заказа");
        }
        return full(orders.update(id, form.version, form)).toString();
    }

    /** The printed form after decree 1613 (landscape A4, embedded Cyrillic font). */
    @GET
    @Path("{id}/form.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Downloads.inline(documents.form(id, PrintFormat.PDF));
    }

    @GET
    @Path("{id}/form.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response docx(@PathParam("id") long id) {
        return Downloads.attachment(documents.form(id, PrintFormat.DOCX));
    }

    /** The tables of the form (sections I–IV) as an XLSX workbook for editing. */
    @GET
    @Path("{id}/form.xlsx")
    @Produces(OrderDocuments.XLSX)
    public Response xlsx(@PathParam("id") long id) {
        return Downloads.attachment(documents.tables(id));
    }

    /** The publication export (approved or published orders only; 409 otherwise), valid against social-order-1.0.xsd. */
    @GET
    @Path("{id}/export.xml")
    @Produces("application/xml;charset=UTF-8")
    public Response exportXml(@PathParam("id") long id) {
        return Downloads.attachment(documents.publication(id, "xml"));
    }

    /** The same export as JSON, valid against social-order-1.0.schema.json. */
    @GET
    @Path("{id}/export.json")
    @Produces("application/json;charset=UTF-8")
    public Response exportJson(@PathParam("id") long id) {
        return Downloads.attachment(documents.publication(id, "json"));
    }

    /** The published schemas of the export: {@code social-order-1.0.xsd}, {@code social-order-1.0.schema.json}. */
    @GET
    @Path("schemas/{name}")
    @Produces({"application/xml;charset=UTF-8", "application/schema+json;charset=UTF-8"})
    public Response schema(@PathParam("name") String name) {
        PrintedForm f = OrderDocuments.schema(name);
        return Response.ok(f.content(), f.contentType()).build();
    }

    /** Copies the order into a first draft for the next financial year (201 with the new order). */
    @POST
    @Path("{id}/copy")
    public Response copyToNextYear(@PathParam("id") long id) {
        return Response.status(201).entity(full(orders.copyToNextYear(id)).toString()).build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public String transition(@PathParam("id") long id, TransitionBody body) {
        TransitionBody.require(body);
        OrderLifecycle.Action action;
        try {
            action = OrderLifecycle.Action.valueOf(body.action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed("action", "Неизвестное действие «" + body.action
                    + "»: допустимы submit, return, approve, publish, amend");
        }
        return full(orders.transition(id, body.version, action, body.comment)).toString();
    }

    /** The steps of this order version: who, when, which action, from which state to which, the comment. */
    @GET
    @Path("{id}/history")
    public String history(@PathParam("id") long id) {
        return ru.socorder.api.HistoryJson.of(orders.history(id));
    }

    @GET
    @Path("{id}/versions")
    public String versions(@PathParam("id") long id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        orders.versions(id).forEach(o -> items.add(header(o)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("{id}/diff")
    public String diff(@PathParam("id") long id, @QueryParam("from") Long from) {
        if (from == null) {
            throw new ValidationFailed("from", "Укажите версию, с которой сравнивать (from)");
        }
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (VersionDiff.Change c : orders.diff(from, id)) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("line", c.line()).add("what", c.what()).add("before", c.before()).add("after", c.after());
            if (c.year() == null) {
                b.addNull("year");
            } else {
                b.add("year", c.year());
            }
            changes.add(b);
        }
        return Json.createObjectBuilder().add("from", from).add("to", id).add("changes", changes).build().toString();
    }

    private static JsonObjectBuilder header(SocialOrder o) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", o.getId()).add("version", o.getVersion()).add("title", o.getTitle())
                .add("fiscalYear", o.getFiscalYear()).add("status", o.getStatus().name()).add("versionNumber", o.getVersionNumber())
                .add("kind", o.isChanged() ? "изменённый" : "первичный").add("authorityId", o.getAuthority().getId())
                .add("authority", o.getAuthority().getShortName());
        nullable(b, "asOfDate", o.getAsOfDate());
        nullable(b, "budgetName", o.getBudgetName());
        nullable(b, "beyondPlanUntil", o.getBeyondPlanUntil());
        nullable(b, "directionCode", o.getDirection() == null ? null : o.getDirection().getCode());
        return b;
    }

    private static void nullable(JsonObjectBuilder b, String name, Object value) {
        if (value == null) {
            b.addNull(name);
        } else if (value instanceof Integer i) {
            b.add(name, i);
        } else {
            b.add(name, value.toString());
        }
    }

    private JsonObject full(SocialOrder o) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (OrderLine l : o.getLines()) {
            JsonArrayBuilder years = Json.createArrayBuilder();
            for (OrderLineYear y : l.getYears()) {
                Volumes v = y.getVolumes();
                JsonObjectBuilder yb = Json.createObjectBuilder().add("year", y.getYear()).add("total", v.total());
                for (Method m : Method.values()) {
                    yb.add(m.field(), v.get(m));
                }
                years.add(yb);
            }
            JsonArrayBuilder quality = Json.createArrayBuilder();
            for (OrderQuality q : l.getQuality()) {
                JsonObjectBuilder qb = Json.createObjectBuilder().add("year", q.getYear()).add("indicator", q.getIndicator())
                        .add("deviationInPercent", q.isDeviationInPercent());
                nullable(qb, "unitCode", q.getUnit() == null ? null : q.getUnit().getCode());
                if (q.getValue() == null) {
                    qb.addNull("value");
                } else {
                    qb.add("value", q.getValue());
                }
                if (q.getDeviation() == null) {
                    qb.addNull("deviation");
                } else {
                    qb.add("deviation", q.getDeviation());
                }
                quality.add(qb);
            }
            JsonObjectBuilder lb = Json.createObjectBuilder().add("id", l.getId()).add("serviceId", l.getService().getId())
                    .add("registryNumber", l.getService().getRegistryNumber().formatted()).add("service", l.getService().getName());
            nullable(lb, "determinationYear", l.getDeterminationYear());
            nullable(lb, "place", l.getPlace());
            nullable(lb, "volumeIndicator", l.getVolumeIndicator());
            nullable(lb, "unitCode", l.getUnit() == null ? null : l.getUnit().getCode());
            nullable(lb, "standardAct", l.getStandardAct());
            lines.add(lb.add("years", years).add("quality", quality));
        }
        JsonArrayBuilder transitions = Json.createArrayBuilder();
        orders.log(o.getId()).forEach(t -> transitions.add(Json.createObjectBuilder().add("action", t.getAction())
                .add("to", t.getToState()).add("actor", t.getActor()).add("at", t.getAt().toString())
                .add("comment", t.getComment() == null ? "" : t.getComment())));
        return header(o).add("lines", lines).add("transitions", transitions).build();
    }
}
