package ru.socorder.service.demo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.IndicatorKind;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.audit.RecordTransition;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.order.OrderLifecycle;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.system.ClockProducer;

/**
 * Demo social orders (the Luga 2024 order with the nine services of its resolution, split between the municipal
 * assignment and certificates; a Kaluga tourism order with a competition share). The seeds carry no volumes: the
 * figures are illustrative, the planning years repeat the first year's volume.
 */
final class OrderDemoLoader {
    private final EntityManager em;
    private final Map<String, AuthorisedBody> authorities;

    OrderDemoLoader(EntityManager em, Map<String, AuthorisedBody> authorities) {
        this.em = em;
        this.authorities = authorities;
    }

    void load(JsonObject o) {
        AuthorisedBody authority = authorities.get(o.getString("authority"));
        ActivityDirection direction = em.createQuery("select d from ActivityDirection d where d.code = :c", ActivityDirection.class)
                .setParameter("c", o.getString("direction")).getSingleResult();
        SocialOrder order = new SocialOrder(authority, direction, o.getInt("fiscalYear"), o.getString("title"));
        order.setAsOfDate(LocalDate.parse(o.getString("asOfDate")));
        order.setBudgetName(o.getString("budgetName"));
        order.setStatus(OrderStatus.valueOf(o.getString("status")));
        em.persist(order);
        order.setFamilyId(order.getId());
        String standardAct = o.getString("standardAct", null);
        int position = 0;
        for (JsonArray row : o.getJsonArray("lines").getValuesAs(JsonArray.class)) {
            SocialService service = em.createQuery("select s from SocialService s where s.registryNumber = :n and s.territory = :t",
                    SocialService.class).setParameter("n", RegistryNumber.of(row.getString(0)))
                    .setParameter("t", authority.getTerritory()).getSingleResult();
            OrderLine line = new OrderLine(order, position++, service);
            boolean competition = row.size() > 2 && "competition".equals(row.getString(2));
            line.setDeterminationYear(order.getFiscalYear());
            line.setPlace(authority.getTerritory().getName());
            ServiceIndicator volume = service.getIndicators().stream().filter(i -> i.getKind() == IndicatorKind.VOLUME).findFirst().orElse(null);
            line.setVolumeIndicator(volume == null ? null : volume.getName());
            line.setUnit(volume == null ? null : volume.getUnit());
            line.setStandardAct(standardAct);
            JsonArray v = row.getJsonArray(1);
            for (int year : order.getPeriod().years()) {
                BigDecimal total = v.getJsonNumber(0).bigDecimalValue();
                BigDecimal assignment = v.getJsonNumber(1).bigDecimalValue();
                BigDecimal rest = v.getJsonNumber(2).bigDecimalValue();
                line.getYears().add(new OrderLineYear(year, Volumes.of(total, Map.of(Method.BUDGET_AUTONOMOUS, assignment,
                        competition ? Method.COMPETITION : Method.CERTIFICATES, rest))));
                // illustrative quality values: the catalogue's quality indicators, rising a point a year, 10 % deviation
                for (ServiceIndicator q : service.getIndicators()) {
                    if (q.getKind() == IndicatorKind.QUALITY) {
                        quality(line, year, q, BigDecimal.valueOf(o.getInt("qualityBase", 70) + year - order.getFiscalYear()));
                    }
                }
            }
            order.getLines().add(line);
        }
        // the demo order was drafted and approved before its «на дату» (the approval date prints in «УТВЕРЖДАЮ»)
        Instant drafted = order.getAsOfDate().minusDays(30).atTime(10, 0).atZone(ClockProducer.ZONE).toInstant();
        Instant approved = order.getAsOfDate().minusDays(5).atTime(15, 0).atZone(ClockProducer.ZONE).toInstant();
        String body = order.getAuthority().getShortName();
        em.persist(new RecordTransition(OrderLifecycle.RECORD, order.getId(), TransitionLog.CREATED, null, OrderStatus.DRAFT.name(), "demo",
                "AUTHORITY_CLERK", body, drafted, o.getString("comment", null)));
        em.persist(new RecordTransition(OrderLifecycle.RECORD, order.getId(), "SUBMIT", OrderStatus.DRAFT.name(),
                OrderStatus.UNDER_APPROVAL.name(), "demo", "AUTHORITY_CLERK", body, approved.minusSeconds(86_400), null));
        em.persist(new RecordTransition(OrderLifecycle.RECORD, order.getId(), "APPROVE", OrderStatus.UNDER_APPROVAL.name(),
                order.getStatus().name(), "demo", "APPROVER", body, approved, null));
    }

    private static void quality(OrderLine line, int year, ServiceIndicator q, BigDecimal value) {
        line.getQuality().add(new OrderQuality(year, q.getName(), q.getUnit(), value, BigDecimal.TEN, true));
    }
}
