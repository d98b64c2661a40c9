package ru.socorder.web.usage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.usage.ContractUsage;
import ru.socorder.model.usage.UsageSource;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.Rights;
import ru.socorder.service.usage.CorrectionForm;
import ru.socorder.service.usage.DeliveredVolume;
import ru.socorder.service.usage.UsageForm;
import ru.socorder.service.usage.UsageGrid;
import ru.socorder.service.usage.UsageRules;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ShellBean;

/**
 * «Оказанные услуги»: an executor's month — its contracts in force with what each allows, the hours of the month typed
 * in the grid, saved together, and «Отправить за месяц» (after a confirmation: the hours are paid from the
 * certificates and the month is closed). Read-only once submitted; the authority's clerk opens the same month from
 * the executors' months and corrects a submitted row in a dialog, with a reason.
 */
@Named("usageEntry")
@ViewScoped
public class UsageEntryBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private DeliveredVolume volume;

    @Inject
    private ShellBean shell;

    @Inject
    private Clock clock;

    private Long executor;
    private String month;
    private UsageGrid grid;
    private final Map<Long, BigDecimal> hours = new HashMap<>();
    private UsageGrid.Row correcting;
    private BigDecimal correctHours;
    private String correctReason;

    /** f:viewAction: the caller's executor (or the one named), this month unless one is named. */
    public void load() {
        if (grid != null) {
            return;
        }
        Caller c = shell.getCaller();
        if (executor == null) {
            executor = c.executorId();
        }
        if (executor == null) {
            throw new NotFound("Исполнитель не указан: откройте месяц из списка «Месяцы исполнителей»");
        }
        YearMonth asked = UsageRules.month(month);
        month = (asked == null ? YearMonth.now(clock) : asked).toString();
        read();
    }

    private void read() {
        grid = volume.grid(executor, YearMonth.parse(month));
        hours.clear();
        grid.rows().forEach(r -> hours.put(r.contractId(), r.hours()));
    }

    /** The month chooser changed: the grid of the month (unsaved hours are dropped). */
    public void changeMonth() {
        read();
    }

    public void save() {
        try {
            if (saveChanges() == 0) {
                FacesErrors.info(Bundle.text("usage.nothingChanged"));
            } else {
                FacesErrors.info(Bundle.text("usage.saved"));
            }
            read();
        } catch (BusinessException e) {
            FacesErrors.show(relabel(e), null);
        }
    }

    public void submit() {
        try {
            saveChanges();
            volume.submit(executor, YearMonth.parse(month));
            read();
            FacesErrors.info(Bundle.text("usage.submitted", UsageRules.text(grid.month())));
        } catch (BusinessException e) {
            FacesErrors.show(relabel(e), null);
        }
    }

    /** Sends the rows whose hours differ from what is stored; the count sent. */
    private int saveChanges() {
        List<UsageForm.Row> rows = new ArrayList<>();
        for (UsageGrid.Row r : grid.rows()) {
            BigDecimal typed = hours.get(r.contractId());
            if (r.submitted() || typed == null && r.hours() == null) {
                continue;
            }
            BigDecimal value = typed == null ? BigDecimal.ZERO : typed;
            if (r.hours() == null || r.hours().compareTo(value) != 0) {
                rows.add(new UsageForm.Row(r.contractId(), value));
            }
        }
        if (!rows.isEmpty()) {
            volume.enter(new UsageForm(month, rows), UsageSource.SCREEN);
        }
        return rows.size();
    }

    /** The grid has no field per row index: a row's message names its contract and shows above the grid. */
    private static BusinessException relabel(BusinessException e) {
        if (e instanceof ValidationFailed v) {
            return new ValidationFailed(v.errors().stream().map(f -> new FieldError(null, f.message())).toList());
        }
        return e;
    }

    public void prepareCorrect(UsageGrid.Row row) {
        correcting = row;
        correctHours = row.hours();
        correctReason = null;
    }

    public void correct() {
        try {
            volume.correct(correcting.usageId(), new CorrectionForm(correctHours, correctReason));
            read();
            FacesErrors.info(Bundle.text("usage.corrected", correcting.contractNumber()));
            PrimeFaces.current().ajax().update("main");
            PrimeFaces.current().executeScript("PF('correctDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "correctForm");
        }
    }

    /** Whether the caller corrects submitted rows (the authority's clerk). */
    public boolean isCorrector() {
        Caller c = shell.getCaller();
        return c.authorityId() != null && c.can(Rights.Action.APPROVE, Rights.of(ContractUsage.class, c.authorityId(), executor));
    }

    public boolean isExecutorUser() {
        return shell.getCaller().executorId() != null;
    }

    public List<UsageMonths.Option> getMonths() {
        return UsageMonths.around(YearMonth.now(clock), grid == null ? null : grid.month());
    }

    /** The submitted hours of the row being corrected, as the dialog states them. */
    public String getCorrectingHours() {
        return correcting == null || correcting.hours() == null ? "" : RussianText.number(correcting.hours());
    }

    public Map<Long, BigDecimal> getHours() {
        return hours;
    }

    public UsageGrid getGrid() {
        return grid;
    }

    public String getMonthLabel() {
        return grid == null ? "" : UsageRules.text(grid.month());
    }

    public Long getExecutor() {
        return executor;
    }

    public void setExecutor(Long executor) {
        this.executor = executor;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public UsageGrid.Row getCorrecting() {
        return correcting;
    }

    public BigDecimal getCorrectHours() {
        return correctHours;
    }

    public void setCorrectHours(BigDecimal correctHours) {
        this.correctHours = correctHours;
    }

    public String getCorrectReason() {
        return correctReason;
    }

    public void setCorrectReason(String correctReason) {
        this.correctReason = correctReason;
    }
}
