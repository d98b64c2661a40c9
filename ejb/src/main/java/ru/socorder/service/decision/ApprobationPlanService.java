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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.socorder.model.decision.ActivityStatus;
import ru.socorder.model.decision.Deadline;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.DecisionStatus;
import ru.socorder.model.decision.PlanActivity;
import ru.socorder.model.decision.PlanStage;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.CurrentUser;

/**
 * План апробации: the activities of a decision's approbation plan (deadlines read by {@link DeadlineParser}), their
 * progress, and the dashboard's alerts about activities overdue or due soon. Rights are those of the decision
 * ({@link DecisionService#requireEdit}).
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class ApprobationPlanService {
    /** How far ahead the dashboard warns of deadlines. */
    public static final int UPCOMING_DAYS = 30;

    /** The seven standard stages of an approbation plan (titles identical across the seeds). */
    public static final List<String> STANDARD_STAGES = List.of(
            "Проведение организационных мероприятий, необходимых для реализации положений Федерального закона № 189-ФЗ",
            "Нормативное правовое обеспечение",
            "Коммуникационная поддержка",
            "Решение о муниципальных услугах, исполнители которых будут определены по результатам отбора исполнителей услуг, "
                    + "и выбор способа отбора исполнителей услуг",
            "Отбор исполнителей услуг (в случае выбора способа отбора исполнителей услуг)",
            "Система мониторинга и оценки результатов оказания муниципальных услуг",
            "Оценка результатов апробации");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private DecisionService decisions;

    public PlanActivity addActivity(long decisionId, ActivityForm form) {
        Decision decision = decisions.requireEditable(decisionId); // rights before input
        PlanStage stage = em.find(PlanStage.class, form.getStageId() == null ? -1L : form.getStageId());
        if (stage == null || !stage.getDecision().getId().equals(decision.getId())) {
            throw new ValidationFailed("stageId", "Этап плана не найден в этом решении");
        }
        Deadline deadline = checkActivity(form);
        PlanActivity a = new PlanActivity(stage, DecisionService.trim(form.getNumber()), form.getText().trim(), deadline,
                DecisionService.trim(form.getResult()), stage.getActivities().size());
        a.getResponsible().addAll(form.getResponsible().stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
        stage.getActivities().add(a);
        em.persist(a);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.PLAN_ACTIVITY_ADDED, a.getStage().getDecision().getId(), a.getNumber() + " " + deadline.wording());
        return a;
    }

    private static Deadline checkActivity(ActivityForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getText() == null || form.getText().isBlank()) {
            errors.add(new FieldError("text", "Укажите мероприятие"));
        }
        if (form.getDeadline() == null || form.getDeadline().isBlank()) {
            errors.add(new FieldError("deadline", "Укажите срок исполнения"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return DeadlineParser.parse(form.getDeadline());
    }

    public PlanActivity setStatus(long decisionId, long activityId, long version, ActivityStatus status, LocalDate doneOn,
                                  String evidence) {
        PlanActivity a = activity(decisionId, activityId, version);
        if (status == ActivityStatus.OVERDUE) {
            throw new ValidationFailed("status", "Статус «просрочено» определяется по сроку исполнения и не устанавливается вручную");
        }
        if (status == ActivityStatus.DONE) {
            LocalDate on = doneOn == null ? LocalDate.now(clock) : doneOn;
            if (on.isAfter(LocalDate.now(clock))) {
                throw new ValidationFailed("doneOn", "Дата выполнения не может быть в будущем");
            }
            a.markDone(on, DecisionService.trim(evidence));
        } else {
            a.setStatus(status);
        }
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.planActivity(status), a.getStage().getDecision().getId(), a.getNumber());
        return a;
    }

    /**
     * Overdue activities and those due in the next {@value #UPCOMING_DAYS} days of adopted decisions of the caller's own
     * territory (the home page: administrators and observers, bound to none, get none), sorted by due date.
     */
    public List<PlanAlert> alerts() {
        return alerts(DataScope.ownTerritory(currentUser.get(), "d.territory.id"), null);
    }

    /**
     * The full list of those deadlines in every territory the caller reads ({@link DataScope#territory}), or in one,
     * searched in the activity's text, number, responsible bodies and decision. The due dates follow from the
     * deadlines (repetitions included), so the list is computed and then paged; it is bounded by the open activities
     * of adopted decisions.
     */
    public Page<PlanAlert> alerts(PageRequest page, Long territoryId) {
        List<PlanAlert> all = alerts(DataScope.territory(currentUser.get(), "d.territory.id"), territoryId);
        String q = page.query() == null ? "" : page.query().strip().toLowerCase(java.util.Locale.forLanguageTag("ru"));
        List<PlanAlert> found = q.isEmpty() ? all : all.stream().filter(a -> (a.number() + " " + a.text() + " " + a.responsible() + " "
                + a.decisionLabel() + " " + a.territory()).toLowerCase(java.util.Locale.forLanguageTag("ru")).contains(q)).toList();
        int from = Math.min(page.first(), found.size());
        return new Page<>(found.subList(from, Math.min(found.size(), from + page.size())), found.size());
    }

    /** Overdue activities per territory the caller reads, by territory name (the administrator's summary). */
    public Map<String, Long> overdueByTerritory() {
        return alerts(DataScope.territory(currentUser.get(), "d.territory.id"), null).stream().filter(PlanAlert::overdue)
                .collect(Collectors.groupingBy(PlanAlert::territory, TreeMap::new, Collectors.counting()));
    }

    private List<PlanAlert> alerts(DataScope scope, Long territoryId) {
        LocalDate today = LocalDate.now(clock);
        var query = scope.bind(em.createQuery("select a from PlanActivity a join fetch a.stage s join fetch s.decision d "
                + "join fetch d.territory where a.status <> :done and d.status = :adopted" + scope.and()
                + (territoryId == null ? "" : " and d.territory.id = :territory"), PlanActivity.class))
                .setParameter("done", ActivityStatus.DONE).setParameter("adopted", DecisionStatus.ADOPTED);
        if (territoryId != null) {
            query.setParameter("territory", territoryId);
        }
        List<PlanAlert> alerts = new ArrayList<>();
        for (PlanActivity a : query.getResultList()) {
            LocalDate due = a.getDeadline() == null ? null : a.getDeadline().nextDue(today);
            if (due == null || due.isAfter(today.plusDays(UPCOMING_DAYS))) {
                continue;
            }
            Decision d = a.getStage().getDecision();
            alerts.add(new PlanAlert(d.getId(), d.getLabel(), d.getTerritory().getName(), a.getId(), a.getNumber(), a.getText(),
                    a.getDeadline().getText(), due, due.isBefore(today), String.join(", ", a.getResponsible())));
        }
        alerts.sort(Comparator.comparing(PlanAlert::due).thenComparing(PlanAlert::activityId));
        return alerts;
    }

    private PlanActivity activity(long decisionId, long id, long version) {
        PlanActivity a = em.find(PlanActivity.class, id);
        if (a == null || !a.getStage().getDecision().getId().equals(decisionId)) {
            throw new NotFound("Мероприятие плана не найдено");
        }
        decisions.requireEdit(a.getStage().getDecision());
        if (a.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        return a;
    }
}
