package ru.socorder.web.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.certificate.ClosingStatus;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.certificate.closing.CalendarForm;
import ru.socorder.service.certificate.closing.ClosingView;
import ru.socorder.service.certificate.closing.ContinuationReport;
import ru.socorder.service.certificate.closing.ContinuationRow;
import ru.socorder.service.certificate.closing.YearClosingService;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/**
 * Закрытие года: a territory and year chosen, the closing calendar (editable by the administrator and the territory's
 * clerks), the state and progress of the year end with the «Закрыть год» action, and the report «Переход договоров
 * на следующий год» below (a lazy list, exported as XLSX / CSV).
 */
@Named("yearClosing")
@ViewScoped
public class YearClosingBean extends ListBean<ContinuationRow> {
    private static final long serialVersionUID = 1L;

    @EJB
    private YearClosingService closing;

    private List<OptionItem> territories;
    private Long territoryId;
    private int year = LocalDate.now().getYear();
    private ClosingView view;
    private final CalendarForm form = new CalendarForm();

    @PostConstruct
    void init() {
        territories = closing.territoryOptions();
        if (!territories.isEmpty()) {
            territoryId = territories.get(0).id();
        }
        load();
    }

    /** Reads the closing of the chosen territory and year again. */
    public void load() {
        view = null;
        if (territoryId == null) {
            return;
        }
        try {
            view = closing.view(territoryId, year);
            form.setStopDate(view.stopDate());
            form.setClosingDate(view.closingDate());
            form.setVersion(view.version());
        } catch (BusinessException e) {
            FacesErrors.show(e, "closingForm");
        }
    }

    public void save() {
        try {
            view = closing.save(territoryId, year, form);
            form.setVersion(view.version());
            FacesErrors.info("Календарь закрытия года сохранён");
        } catch (BusinessException e) {
            FacesErrors.show(e, "closingForm");
        }
    }

    public void run() {
        try {
            view = closing.run(territoryId, year);
            FacesErrors.info("Закрытие " + year + " года запущено: ход выполнения показан ниже");
        } catch (BusinessException e) {
            FacesErrors.show(e, "closingForm");
        }
    }

    /** The poll while the run goes on: the state and the report read again. */
    public void refresh() {
        load();
    }

    @Override
    protected PagedModel<ContinuationRow> createModel() {
        YearClosingService service = closing;
        return new PagedModel<>(r -> territoryId == null ? new ru.socorder.service.common.Page<>(List.of(), 0)
                : service.continuations(territoryId, year, r), ContinuationRow::contractId);
    }

    @Override
    protected List<TableWriter.Column<ContinuationRow>> exportColumns() {
        return ContinuationReport.columns();
    }

    @Override
    protected String exportName() {
        return "continuations-" + year;
    }

    /** The report printed (PDF). */
    public org.primefaces.model.StreamedContent getPdf() {
        try {
            var form = closing.print(territoryId, year);
            return org.primefaces.model.DefaultStreamedContent.builder().name(form.fileName()).contentType(form.contentType())
                    .stream(() -> new java.io.ByteArrayInputStream(form.content())).build();
        } catch (BusinessException e) {
            FacesErrors.show(e, "closingForm");
            return null;
        }
    }

    public boolean isEditable() {
        return territoryId != null && closing.editable(territoryId);
    }

    public boolean isCalendarEditable() {
        return isEditable() && view != null && view.status() == ClosingStatus.NOT_STARTED && !view.running();
    }

    public boolean isRunnable() {
        return isEditable() && view != null && view.saved() && view.stopped() && !view.running();
    }

    public boolean isRunning() {
        return view != null && view.running();
    }

    /** The state as the screen says it: a run interrupted (a crash, a failed unit) asks to be run again. */
    public String getStateText() {
        if (view == null) {
            return "";
        }
        if (view.running()) {
            return view.statusLabel() + " (выполняется сейчас)";
        }
        return view.status() == ClosingStatus.IN_PROGRESS ? "прервано — запустите закрытие повторно, оно продолжится" : view.statusLabel();
    }

    public int getPercent() {
        return view == null || view.total() == 0 ? (view != null && view.status() == ClosingStatus.CLOSED ? 100 : 0)
                : Math.min(100, view.processed() * 100 / view.total());
    }

    /** A date as the screen writes it (15.12.2027). */
    public String date(LocalDate d) {
        return d == null ? "" : ru.socorder.model.common.RussianText.date(d);
    }

    public List<OptionItem> getTerritories() {
        return territories;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public ClosingView getView() {
        return view;
    }

    public CalendarForm getForm() {
        return form;
    }
}
