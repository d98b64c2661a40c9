package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.ActivityStatus;
import ru.socorder.model.decision.Deadline;
import ru.socorder.model.decision.PlanActivity;
import ru.socorder.model.decision.Recurrence;
import ru.socorder.service.decision.ActivityForm;
import ru.socorder.service.decision.ApprobationPlanService;
import ru.socorder.service.decision.DeadlineParser;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** The «План апробации» tab of the decision card: the activities by stage, adding one, starting it, marking it done. */
@Named("decisionPlan")
@ViewScoped
public class ApprobationPlanBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionCard card;

    @EJB
    private ApprobationPlanService plans;

    private ActivityForm activity = new ActivityForm();
    private String responsibleText;

    private PlanActivity doneActivity;
    private LocalDate doneOn;
    private String evidence;

    /** Live preview of the deadline the clerk types. */
    public Deadline getParsedDeadline() {
        return activity.getDeadline() == null || activity.getDeadline().isBlank() ? null : DeadlineParser.parse(activity.getDeadline());
    }

    /**
     * The date read from the clerk's words, shown beside them («срок: 31.12.2024», for a repeated deadline «ближайший
     * срок: …»); nothing when the words name no date («постоянно», «по мере необходимости») — the words stay as typed.
     */
    public String dueText(Deadline d) {
        LocalDate due = d == null ? null : d.nextDue(card.getToday());
        if (due == null) {
            return "";
        }
        return Bundle.text(d.getRecurrence() == Recurrence.NONE ? "plan.dueOn" : "plan.nextDueOn", RussianText.date(due));
    }

    public void newActivity(Long stageId) {
        activity = new ActivityForm();
        activity.setStageId(stageId);
        responsibleText = null;
    }

    public void addActivity() {
        card.changeInDialog("activityDialog", "activityForm", () -> {
            activity.setResponsible(responsibleText == null ? List.of() : Arrays.stream(responsibleText.split("[,;\\n]")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList());
            PlanActivity a = plans.addActivity(card.getId(), activity);
            FacesErrors.info(Bundle.text("plan.added", a.getNumber() == null ? a.getText() : a.getNumber()));
        });
    }

    public void prepareDone(PlanActivity a) {
        doneActivity = a;
        doneOn = card.getToday();
        evidence = null;
    }

    public void markDone() {
        card.changeInDialog("doneDialog", "doneForm", () -> {
            plans.setStatus(card.getId(), doneActivity.getId(), doneActivity.getVersion(), ActivityStatus.DONE, doneOn, evidence);
            FacesErrors.info(Bundle.text("plan.done", doneActivity.getNumber() == null ? "" : doneActivity.getNumber()));
        });
    }

    public void startActivity(PlanActivity a) {
        card.change(null, () -> plans.setStatus(card.getId(), a.getId(), a.getVersion(), ActivityStatus.IN_PROGRESS, null, null));
    }

    public String statusLabel(PlanActivity a) {
        return Bundle.text("activityStatus." + a.statusOn(card.getToday()).name());
    }

    public String statusClass(PlanActivity a) {
        return "app-status-" + a.statusOn(card.getToday()).name();
    }

    public ActivityForm getActivity() {
        return activity;
    }

    public String getResponsibleText() {
        return responsibleText;
    }

    public void setResponsibleText(String responsibleText) {
        this.responsibleText = responsibleText;
    }

    public PlanActivity getDoneActivity() {
        return doneActivity;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
