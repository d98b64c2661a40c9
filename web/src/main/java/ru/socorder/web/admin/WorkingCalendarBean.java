package ru.socorder.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.socorder.model.calendar.DayKind;
import ru.socorder.model.calendar.WorkingCalendarDay;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.calendar.DayForm;
import ru.socorder.service.calendar.WorkingCalendar;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.security.Rights;
import ru.socorder.service.system.ClockProducer;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ShellBean;

/**
 * «Производственный календарь»: a year's days the Government's decree moves (date, kind, basis) with the working days
 * of each month; the administrator adds, changes (in a dialog) and deletes them.
 */
@Named("workingCalendar")
@ViewScoped
public class WorkingCalendarBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private WorkingCalendar calendar;

    @Inject
    private ShellBean shell;

    private Integer year = LocalDate.now(ClockProducer.ZONE).getYear();
    private WorkingCalendar.Year view;
    private DayForm form = new DayForm();
    private Long editId;
    private long editVersion;

    public WorkingCalendar.Year getView() {
        if (view == null && year != null) {
            try {
                view = calendar.year(year);
            } catch (BusinessException e) {
                FacesErrors.show(e, "calendarForm");
            }
        }
        return view;
    }

    /** Another year chosen. */
    public void load() {
        view = null;
    }

    public boolean isEditable() {
        return shell.getCaller().can(Rights.Action.EDIT, WorkingCalendarDay.class);
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public void prepareNew() {
        form = new DayForm();
        form.setKind(DayKind.NON_WORKING);
        editId = null;
    }

    public void prepareEdit(WorkingCalendar.Day d) {
        form = new DayForm();
        form.setDate(d.date());
        form.setKind(d.kind());
        form.setBasis(d.basis());
        editId = d.id();
        editVersion = d.version();
    }

    public void save() {
        try {
            WorkingCalendar.Day d = editId == null ? calendar.add(form) : calendar.change(editId, editVersion, form);
            FacesErrors.info(RussianText.date(d.date()) + ": " + d.kindLabel() + " — сохранено");
            view = null;
            PrimeFaces.current().ajax().update("calendarForm");
            PrimeFaces.current().executeScript("PF('dayDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "dayForm");
        }
    }

    public void delete(WorkingCalendar.Day d) {
        try {
            calendar.delete(d.id());
            FacesErrors.info(RussianText.date(d.date()) + " удалён из календаря");
            view = null;
        } catch (BusinessException e) {
            FacesErrors.show(e, "calendarForm");
        }
    }

    /** «01.11.2025, суббота». */
    public String dayText(LocalDate date) {
        return RussianText.date(date) + ", " + RussianText.weekday(date);
    }

    /** «январь». */
    public String monthName(YearMonth month) {
        return RussianText.monthNominative(month.getMonthValue());
    }

    public List<WorkingCalendar.MonthCount> getMonths() {
        return getView() == null ? List.of() : view.months();
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public DayForm getForm() {
        return form;
    }
}
