package ru.socorder.service.certificate.closing;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.certificate.ClosedContract;
import ru.socorder.model.certificate.ClosingCalendar;
import ru.socorder.model.certificate.ClosingOutcome;
import ru.socorder.model.certificate.ClosingStatus;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.job.JobProgress;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Закрытие года: the closing calendar of a territory and year, the year-end run and the report «Переход договоров на
 * следующий год». The administrator and the clerks of the territory's authorities keep the calendar and run the year
 * end; observers and the territory's authorities read ({@code SelectionRights}). The run goes on in the background
 * (a job, {@link YearEnd#run}); the view shows its progress.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class YearClosingService {
    private static final Map<String, String> DUPLICATES = Map.of("uk_year_closing",
            "Календарь закрытия этого года для территории уже сохранён: обновите страницу");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private YearEnd yearEnd;

    @EJB
    private AuditLog audit;

    @EJB
    private ru.socorder.service.reporting.ReportEngine engine;

    /** The closing of the territory and year (the default dates until the calendar is saved). */
    public ClosingView view(long territoryId, int year) {
        Caller c = currentUser.get();
        c.require(Rights.Action.READ, Rights.of(ClosingCalendar.class, territoryId, null));
        return view(territory(territoryId), own(territoryId, year), year);
    }

    /** Saves the dates; refused once the run has started (409) or when the dates do not hold (400 naming the field). */
    public ClosingView save(long territoryId, int year, CalendarForm f) {
        Caller c = currentUser.get();
        c.require(Rights.Action.EDIT, Rights.of(ClosingCalendar.class, territoryId, null));
        Territory t = territory(territoryId);
        var errors = ClosingRules.check(year, f.getStopDate(), f.getClosingDate());
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        ClosingCalendar cal = own(territoryId, year);
        if (cal == null) {
            cal = new ClosingCalendar(t, year, f.getStopDate(), f.getClosingDate());
            em.persist(cal);
        } else {
            if (f.getVersion() == null || f.getVersion() != cal.getVersion()) {
                throw Conflict.staleVersion();
            }
            em.lock(cal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (cal.getStatus() != ClosingStatus.NOT_STARTED) {
                throw new Conflict("Закрытие " + year + " года уже " + (cal.getStatus() == ClosingStatus.CLOSED ? "выполнено" : "выполняется")
                        + ": даты не меняются");
            }
            cal.reschedule(f.getStopDate(), f.getClosingDate());
        }
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.YEAR_CLOSING_CALENDAR_SAVED, cal.getId(), t.getName() + ", " + year + ": выдача прекращается с "
                + RussianText.date(cal.getStopDate()) + ", год закрывается " + RussianText.date(cal.getClosingDate()));
        return view(t, cal, year);
    }

    /**
     * Starts the year end by hand (from the stop date on), in the background; a second run finds nothing to do. Refused
     * (409) before the stop date, without a saved calendar and while a run is under way.
     */
    public ClosingView run(long territoryId, int year) {
        Caller c = currentUser.get();
        c.require(Rights.Action.EDIT, Rights.of(ClosingCalendar.class, territoryId, null));
        Territory t = territory(territoryId);
        ClosingCalendar cal = own(territoryId, year);
        if (cal == null) {
            throw new Conflict("Сначала сохраните календарь закрытия " + year + " года");
        }
        String notYet = ClosingRules.notYet(cal, LocalDate.now(clock));
        if (notYet != null) {
            throw new Conflict(notYet);
        }
        if (yearEnd.running(cal)) {
            throw new Conflict("Закрытие " + year + " года уже выполняется");
        }
        yearEnd.run(cal.getId(), c);
        em.refresh(cal);
        return view(t, cal, year);
    }

    /** The report's lines: contracts of multi-year programmes continued and not continued, with the reasons. */
    public Page<ContinuationRow> continuations(long territoryId, int year, PageRequest page) {
        Caller c = currentUser.get();
        c.require(Rights.Action.READ, Rights.of(ClosingCalendar.class, territoryId, null));
        Page<ClosedContract> rows = PagedQuery.of(em, ClosedContract.class, "r", "join fetch r.contract k left join fetch r.continuation",
                        DataScope.everyone(c, "права проверены по закрытию года территории"))
                .filter("r.closing.territory.id = :territory", "territory", territoryId)
                .filter("r.closing.year = :year", "year", year)
                .filter("r.outcome in :outcomes", "outcomes", List.of(ClosingOutcome.CONTINUED, ClosingOutcome.NOT_CONTINUED))
                .search("r.contract.number", "r.reasonText")
                .sortable(Map.of("contract", "r.contract.number", "outcome", "r.outcome"), "r.outcome desc, r.contract.id")
                .page(page);
        return new Page<>(rows.items().stream().map(ContinuationRow::of).toList(), rows.total());
    }

    /** The report as XLSX (or CSV), read a page at a time while it is written. */
    public TableWriter.ExportFile export(long territoryId, int year, String format) {
        TableWriter.requireFormat(format);
        view(territoryId, year);
        YearClosingService self = context.getBusinessObject(YearClosingService.class);
        Iterable<ContinuationRow> all = TableWriter.paged((first, size) -> self.continuations(territoryId, year,
                new PageRequest(first, size, null, true, null)).items(), PageRequest.MAX_SIZE);
        return TableWriter.write(format, "continuations-" + year, ContinuationReport.columns(), all);
    }

    /** The territories the screen offers: the clerk's own; for the administrator and observers those with certificate terms. */
    public List<ru.socorder.service.catalog.OptionItem> territoryOptions() {
        Caller c = currentUser.get();
        if (!c.isAdmin() && !c.has(ru.socorder.model.security.Role.OBSERVER)) {
            Long own = c.authorityTerritoryId();
            return own == null ? List.of() : List.of(new ru.socorder.service.catalog.OptionItem(own, territory(own).getName()));
        }
        return em.createQuery("select distinct new ru.socorder.service.catalog.OptionItem(t.territory.id, t.territory.name) "
                + "from CertificateTerms t order by t.territory.name", ru.socorder.service.catalog.OptionItem.class).getResultList();
    }

    /** Whether the caller may keep the calendar and run the year end of the territory. */
    public boolean editable(long territoryId) {
        return currentUser.get().can(Rights.Action.EDIT, Rights.of(ClosingCalendar.class, territoryId, null));
    }

    /** The report printed (PDF), every line of it. */
    public ru.socorder.service.reporting.PrintedForm print(long territoryId, int year) {
        ClosingView v = view(territoryId, year);
        YearClosingService self = context.getBusinessObject(YearClosingService.class);
        List<ContinuationRow> rows = new java.util.ArrayList<>();
        TableWriter.paged((first, size) -> self.continuations(territoryId, year, new PageRequest(first, size, null, true, null)).items(),
                PageRequest.MAX_SIZE).forEach(rows::add);
        return new ru.socorder.service.reporting.PrintedForm("perehod-dogovorov-" + territoryId + "-" + year + ".pdf", "application/pdf",
                engine.print(List.of(ContinuationPrinter.print(v, rows)), ru.socorder.service.reporting.PrintFormat.PDF));
    }

    private ClosingView view(Territory t, ClosingCalendar cal, int year) {
        if (cal == null) {
            return new ClosingView(t.getId(), t.getName(), year, ClosingRules.defaultStop(year), ClosingRules.defaultClosing(year), false, 0,
                    ClosingStatus.NOT_STARTED, false, null, null, null, 0, 0, 0, 0, 0, false);
        }
        JobProgress job = yearEnd.job(cal); // the run's progress is its job's: units handled, chunk by chunk
        boolean running = job != null && job.running();
        if (!running && cal.getStatus() == ClosingStatus.IN_PROGRESS) {
            // the closing was read before its job: the job's end commits after the closing's (JobRunListener), so read
            // the closing again — or one that ended between the two reads shows «in progress» beside an ended job
            em.refresh(cal);
        }
        long[] counts = new long[ClosingOutcome.values().length];
        for (Object[] r : em.createQuery("select r.outcome, count(r) from ClosedContract r where r.closing.id = :c group by r.outcome",
                Object[].class).setParameter("c", cal.getId()).getResultList()) {
            counts[((ClosingOutcome) r[0]).ordinal()] = ((Number) r[1]).longValue();
        }
        return new ClosingView(t.getId(), t.getName(), year, cal.getStopDate(), cal.getClosingDate(), true, cal.getVersion(), cal.getStatus(),
                running, cal.getStartedAt(), cal.getFinishedAt(), cal.getRunBy(), cal.getTotal(), job == null ? 0 : job.processed(),
                counts[ClosingOutcome.COMPLETED.ordinal()], counts[ClosingOutcome.CONTINUED.ordinal()],
                counts[ClosingOutcome.NOT_CONTINUED.ordinal()], cal.stoppedOn(LocalDate.now(clock)));
    }

    private ClosingCalendar own(long territoryId, int year) {
        return em.createQuery("select c from ClosingCalendar c where c.territory.id = :t and c.year = :y", ClosingCalendar.class)
                .setParameter("t", territoryId).setParameter("y", year).getResultStream().findFirst().orElse(null);
    }

    private Territory territory(long id) {
        Territory t = em.find(Territory.class, id);
        if (t == null) {
            throw new NotFound("Территория не найдена");
        }
        return t;
    }
}
