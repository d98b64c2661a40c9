package ru.socorder.service.decision;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.socorder.model.decision.EfficiencyIndicator;
import ru.socorder.model.decision.IndicatorActual;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;

/**
 * Показатели эффективности: the actual values of a decision's efficiency indicators, checked against the indicator's
 * value type by {@link IndicatorRules}. Rights are those of the decision ({@link DecisionService#requireEdit}).
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class IndicatorService {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private DecisionService decisions;

    public EfficiencyIndicator recordActual(long indicatorId, long version, int year, String value, LocalDate recordedOn, String source) {
        EfficiencyIndicator i = em.find(EfficiencyIndicator.class, indicatorId);
        if (i == null) {
            throw new NotFound("Показатель не найден");
        }
        decisions.requireEdit(i.getGoal().getDecision());
        if (i.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        List<FieldError> errors = new ArrayList<>();
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("value", "Укажите фактическое значение"));
        } else {
            IndicatorRules.invalid(i.getValueType(), value).ifPresent(m -> errors.add(new FieldError("value", m)));
        }
        if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "Год указан неверно"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        i.recordActual(new IndicatorActual(year, value.trim(), recordedOn == null ? LocalDate.now(clock) : recordedOn,
                DecisionService.trim(source)));
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.INDICATOR_ACTUAL, i.getGoal().getDecision().getId(), i.getText() + ", " + year + ": " + value.trim());
        return i;
    }
}
