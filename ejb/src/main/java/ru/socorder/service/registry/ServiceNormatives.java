package ru.socorder.service.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Нормативные затраты: the cost of a unit (человеко-час) of a service per year with the territorial and sectoral
 * coefficients — six decimals — that prices a programme when it is certified. Read by everyone; kept by the
 * administrator and the clerks of the service's territory. A change is audited in the service's history.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class ServiceNormatives {
    private static final Map<String, String> DUPLICATES = Map.of("uk_service_normative",
            "Нормативные затраты этой услуги на этот год уже внесены: измените их");
    private static final BigDecimal MAX_COST = new BigDecimal("9999999999999");
    private static final BigDecimal MAX_COEFFICIENT = new BigDecimal("99999");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    /** Normatives of the caller's territory (all for those bound to none), by year and service. */
    public Page<ServiceNormative> list(PageRequest page, Integer year, Long serviceId) {
        Caller c = currentUser.get();
        return PagedQuery.of(em, ServiceNormative.class, "n", "join fetch n.service", DataScope.everyone(c, "нормативы общедоступны"))
                .filter("n.service.territory.id = :territory", "territory", c.authorityTerritoryId())
                .filter("n.year = :year", "year", year)
                .filter("n.service.id = :service", "service", serviceId)
                .search("n.service.name")
                .sortable(Map.of("year", "n.year", "service", "n.service.name", "baseCost", "n.baseCost"), "n.year desc, n.service.name")
                .page(page);
    }

    public ServiceNormative get(long id) {
        ServiceNormative n = em.find(ServiceNormative.class, id);
        if (n == null) {
            throw new NotFound("Нормативные затраты не найдены");
        }
        return n;
    }

    /** The normative of a service for a year, if entered. */
    public Optional<ServiceNormative> find(long serviceId, int year) {
        return em.createQuery("select n from ServiceNormative n where n.service.id = :s and n.year = :y", ServiceNormative.class)
                .setParameter("s", serviceId).setParameter("y", year).getResultStream().findFirst();
    }

    public ServiceNormative create(NormativeForm f) {
        Caller c = currentUser.get();
        SocialService s = f == null || f.getServiceId() == null ? null : em.find(SocialService.class, f.getServiceId());
        c.require(Rights.Action.CREATE, Rights.of(ServiceNormative.class, s == null ? c.authorityTerritoryId() : s.getTerritory().getId()));
        if (f == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        List<FieldError> errors = check(f);
        if (s == null) {
            errors.add(0, new FieldError("serviceId", "Укажите услугу"));
        }
        if (f.getYear() == null || f.getYear() < 2000 || f.getYear() > 2100) {
            errors.add(new FieldError("year", "Укажите год (2000–2100)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        ServiceNormative n = new ServiceNormative(s, f.getYear(), f.getBaseCost(), coefficient(f.getTerritorialCoefficient()),
                coefficient(f.getSectoralCoefficient()));
        em.persist(n);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.SERVICE_NORMATIVE_SET, s.getId(), describe(n));
        return n;
    }

    /** New figures for the same service and year. */
    public ServiceNormative update(long id, long version, NormativeForm f) {
        ServiceNormative n = get(id);
        currentUser.get().require(Rights.Action.EDIT, n);
        if (n.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        if (f == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        List<FieldError> errors = check(f);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        em.lock(n, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        n.change(f.getBaseCost(), coefficient(f.getTerritorialCoefficient()), coefficient(f.getSectoralCoefficient()));
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.SERVICE_NORMATIVE_SET, n.getService().getId(), describe(n));
        return n;
    }

    private static List<FieldError> check(NormativeForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.getBaseCost() == null || f.getBaseCost().signum() <= 0 || f.getBaseCost().stripTrailingZeros().scale() > 6
                || f.getBaseCost().compareTo(MAX_COST) > 0) {
            errors.add(new FieldError("baseCost", "Укажите нормативные затраты на единицу — положительное число, не более шести знаков после запятой"));
        }
        coefficientError(errors, "territorialCoefficient", f.getTerritorialCoefficient(), "Территориальный");
        coefficientError(errors, "sectoralCoefficient", f.getSectoralCoefficient(), "Отраслевой");
        return errors;
    }

    private static void coefficientError(List<FieldError> errors, String field, BigDecimal value, String name) {
        if (value != null && (value.signum() <= 0 || value.stripTrailingZeros().scale() > 4 || value.compareTo(MAX_COEFFICIENT) > 0)) {
            errors.add(new FieldError(field, name + " коэффициент — положительное число, не более четырёх знаков после запятой"));
        }
    }

    private static BigDecimal coefficient(BigDecimal value) {
        return value == null ? BigDecimal.ONE : value;
    }

    private static String describe(ServiceNormative n) {
        return n.getYear() + " год: " + RussianText.number(n.getBaseCost()) + " × " + RussianText.number(n.getTerritorialCoefficient())
                + " × " + RussianText.number(n.getSectoralCoefficient()) + " = " + RussianText.number(n.unitCost()) + " руб.";
    }
}
