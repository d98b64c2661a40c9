package ru.socorder.service.order;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;

/**
 * The order boundary that later areas ask about volumes: «what volume does the current approved version allow for
 * service S, year Y, method M». The current approved version of an order is its latest APPROVED or PUBLISHED version —
 * an amendment in draft or under approval does not count until it is approved. Of the orders whose periods cover the
 * year (a year beyond the plan counts within the period beyond), the one of the latest financial year answers: its
 * planning years supersede the earlier orders' ones. Data scope: orders of the authorities the caller may read.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class OrderVolumes {
    /** How far back an order may still cover a year: the period beyond the plan ends at most 30 years after the order's. */
    private static final int LONGEST_ORDER = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /**
     * The allowed volume, or empty when no approved order the caller may read plans the service for the year.
     *
     * @throws NotFound when there is no such service
     * @throws Conflict when orders of two authorities of the same financial year both plan the service for the year
     */
    public Optional<AllowedVolume> allowed(long serviceId, int year, Method method) {
        Objects.requireNonNull(method, "method");
        Caller c = currentUser.get();
        if (em.find(SocialService.class, serviceId) == null) {
            throw new NotFound("Услуга не найдена");
        }
        List<OrderStatus> approved = List.of(OrderStatus.APPROVED, OrderStatus.PUBLISHED);
        DataScope scope = DataScope.authority(c, "o.authority.id");
        List<OrderLine> lines = scope.bind(em.createQuery("select l from OrderLine l join fetch l.order o join fetch o.authority "
                        + "where l.service.id = :s and o.fiscalYear between :from and :y and o.status in :approved "
                        + "and o.versionNumber = (select max(v.versionNumber) from SocialOrder v "
                        + "where v.familyId = o.familyId and v.status in :approved)" + scope.and()
                        + " order by o.fiscalYear desc, o.id", OrderLine.class))
                .setParameter("s", serviceId).setParameter("from", year - LONGEST_ORDER).setParameter("y", year)
                .setParameter("approved", approved).getResultList().stream()
                .filter(l -> l.getOrder().getPeriod().contains(year))
                .toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        OrderLine line = lines.get(0);
        SocialOrder o = line.getOrder();
        lines.stream().filter(l -> l.getOrder().getFiscalYear() == o.getFiscalYear() && !l.getOrder().getFamilyId().equals(o.getFamilyId()))
                .findFirst().ifPresent(other -> {
                    throw new Conflict("Услуга на " + year + " год есть в утверждённых заказах двух органов на " + o.getFiscalYear()
                            + " год: «" + o.getAuthority().getShortName() + "» и «" + other.getOrder().getAuthority().getShortName() + "»");
                });
        PlanningPeriod period = o.getPeriod();
        int key = period.periodOf(year).orElseThrow();
        BigDecimal volume = line.getYears().stream().filter(y -> y.getYear() == key).findFirst()
                .map(OrderLineYear::getVolumes).map(v -> v.get(method)).orElse(BigDecimal.ZERO);
        return Optional.of(new AllowedVolume(o.getId(), o.getFamilyId(), o.getVersionNumber(), line.getId(), serviceId, year, key,
                period.kind(key), method, line.getUnit() == null ? null : line.getUnit().getCode(),
                line.getUnit() == null ? null : line.getUnit().getName(), volume));
    }
}
