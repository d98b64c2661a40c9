package ru.socorder.web.usage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import ru.socorder.service.usage.DeliveredVolume;
import ru.socorder.service.usage.UsageMonthState;
import ru.socorder.service.usage.UsageMonthView;
import ru.socorder.service.usage.UsageRules;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/**
 * «Месяцы исполнителей»: for one month (the last one by default — the month due to be submitted), every executor with
 * contracts in force under the caller's authority, whether it entered nothing, entered or submitted, with the totals.
 */
@Named("usageMonths")
@ViewScoped
public class UsageMonthsBean extends ListBean<UsageMonthView> {
    private static final long serialVersionUID = 1L;

    @EJB
    private DeliveredVolume volume;

    @Inject
    private Clock clock;

    private String month;
    private UsageMonthState status;
    private YearMonth firstContract;

    @PostConstruct
    void init() {
        month = YearMonth.now(clock).minusMonths(1).toString();
        firstContract = volume.firstMonth();
    }

    @Override
    protected PagedModel<UsageMonthView> createModel() {
        DeliveredVolume v = volume;
        UsageMonthsBean self = this;
        return new PagedModel<>(r -> v.months(r, UsageRules.month(self.month), self.status), UsageMonthView::key);
    }

    /** The months offered: a year around today, back to the first contract the caller sees, and the one chosen. */
    public List<UsageMonths.Option> getMonths() {
        return UsageMonths.around(YearMonth.now(clock), firstContract, UsageRules.month(month));
    }

    public UsageMonthState[] getStatuses() {
        return UsageMonthState.values();
    }

    public String text(YearMonth m) {
        return UsageRules.text(m);
    }

    public String getMonth() {
        return month;
    }

    /** The month chosen ({@code 2024-11}); one not readable leaves the month shown as it was. */
    public void setMonth(String month) {
        if (UsageRules.month(month) != null) {
            this.month = month;
        }
    }

    public UsageMonthState getStatus() {
        return status;
    }

    public void setStatus(UsageMonthState status) {
        this.status = status;
    }
}
