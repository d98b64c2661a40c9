package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.socorder.model.decision.Achievement;
import ru.socorder.model.decision.EfficiencyIndicator;
import ru.socorder.service.decision.IndicatorRules;
import ru.socorder.service.decision.IndicatorService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** The «Показатели» tab of the decision card: the efficiency indicators, their achievement, recording an actual value. */
@Named("decisionIndicators")
@ViewScoped
public class IndicatorsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionCard card;

    @EJB
    private IndicatorService indicators;

    private EfficiencyIndicator actualIndicator;
    private Integer actualYear;
    private String actualValue;
    private String actualSource;

    public void prepareActual(EfficiencyIndicator i) {
        actualIndicator = i;
        actualYear = card.getToday().getYear();
        actualValue = null;
        actualSource = null;
    }

    public void recordActual() {
        card.changeInDialog("actualDialog", "actualForm", () -> {
            indicators.recordActual(actualIndicator.getId(), actualIndicator.getVersion(), actualYear == null ? 0 : actualYear, actualValue,
                    card.getToday(), actualSource);
            FacesErrors.info(Bundle.text("indicator.recorded"));
        });
    }

    public String achievement(EfficiencyIndicator i) {
        Achievement a = IndicatorRules.achievement(i.getValueType(), i.getTargetValue(), i.latestActual().map(x -> x.getValue()).orElse(null));
        return Bundle.text("achievement." + a.name());
    }

    public String latestActual(EfficiencyIndicator i) {
        return i.latestActual().map(a -> a.getValue() + " (" + a.getYear() + ")").orElse("");
    }

    public boolean childExceeds(EfficiencyIndicator i) {
        return i.getParent() != null && (IndicatorRules.childExceedsParent(i.getValueType(), i.getParent().getBaseValue(), i.getBaseValue())
                || IndicatorRules.childExceedsParent(i.getValueType(), i.getParent().getTargetValue(), i.getTargetValue()));
    }

    public String indicatorType(EfficiencyIndicator i) {
        return i.getType() == null ? Bundle.text("indicatorType.CHILD") : Bundle.text("indicatorType." + i.getType().name());
    }

    public EfficiencyIndicator getActualIndicator() {
        return actualIndicator;
    }

    public Integer getActualYear() {
        return actualYear;
    }

    public void setActualYear(Integer actualYear) {
        this.actualYear = actualYear;
    }

    public String getActualValue() {
        return actualValue;
    }

    public void setActualValue(String actualValue) {
        this.actualValue = actualValue;
    }

    public String getActualSource() {
        return actualSource;
    }

    public void setActualSource(String actualSource) {
        this.actualSource = actualSource;
    }
}
