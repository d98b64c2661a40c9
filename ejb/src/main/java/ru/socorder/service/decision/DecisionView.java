package ru.socorder.service.decision;

import java.io.Serializable;
import java.util.List;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.ServiceInScope;
import ru.socorder.model.decision.EfficiencyGoal;
import ru.socorder.model.decision.ElectronicDocument;
import ru.socorder.model.decision.PlanStage;
import ru.socorder.model.decision.WorkingGroup;

/** A decision with everything its screen, its API resource and its printed appendices show, loaded in a few queries. */
public record DecisionView(Decision decision, List<ServiceInScope> services, List<PlanStage> stages, List<EfficiencyGoal> goals,
                           List<ElectronicDocument> documents, WorkingGroup group) implements Serializable {
}
