package ru.socorder.service.usage;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.usage.ContractUsage;
import ru.socorder.model.usage.UsageCorrection;
import ru.socorder.model.usage.UsageMonth;
import ru.socorder.model.usage.UsageSource;
import ru.socorder.model.usage.UsageStatus;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.certificate.VolumeUse;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Учёт оказанных услуг: the executor's monthly entry of delivered hours per contract (screen, file, API), the
 * submission of the month — its rows consumed on the certificates' ledgers ({@link UsageLedger}) — and the authority's
 * corrections after it. Rules in {@link UsageRules}. Entry and submission of an executor's month with an authority run
 * under that {@link UsageMonth}'s row lock, so an entry racing a submission either lands before it (and is consumed)
 * or is refused after it. Entry is naturally idempotent: the same hours for a contract and month answer the same and
 * change nothing, also after the month was submitted; other hours for a submitted month are 409.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class DeliveredVolume {
    private static final Map<String, String> SORTS = Map.of("month", "u.usageMonth", "contract", "u.contract.number",
            "hours", "u.hours", "amount", "u.amount", "status", "u.status");
    private static final Map<String, String> MONTH_SORTS = Map.of("executor", "k.executor.shortName");
    private static final List<ContractStatus> IN_FORCE = List.of(ContractStatus.CONCLUDED, ContractStatus.ACTIVE);
    private static final Map<String, String> RACES = Map.of("uk_usage_month", "Месяц изменяется одновременно другим пользователем: повторите",
            "uk_contract_usage", "Часы по договору за месяц вносятся одновременно другим пользователем: повторите");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private UsageLedger usageLedger;

    @EJB
    private AuditLog audit;

    /** The executor's month as the entry screen shows it (the caller's part: a clerk sees the own authority's contracts). */
    public UsageGrid grid(long executorId, YearMonth month) {
        Caller caller = currentUser.get();
        Executor x = em.find(Executor.class, executorId);
        if (x == null) {
            throw new NotFound("Исполнитель не найден");
        }
        boolean own = caller.can(Rights.Action.CREATE, Rights.of(ContractUsage.class, null, executorId));
        if (!own) {
            caller.require(Rights.Action.READ, Rights.of(ContractUsage.class, caller.authorityId(), executorId));
        }
        DataScope scope = DataScope.authorityAndExecutor(caller, "k.authority.id", "k.executor.id");
        List<ConsumerContract> contracts = bind(scope.bind(em.createQuery("select k from ConsumerContract k join fetch k.programme "
                        + "join fetch k.certificate c join fetch c.consumer where k.executor.id = :x and " + inForce("k") + scope.and()
                        + " order by k.number", ConsumerContract.class)), month)
                .setParameter("x", executorId).getResultList();
        Map<Long, ContractUsage> rows = new HashMap<>();
        Map<Long, BigDecimal[]> before = new HashMap<>();
        if (!contracts.isEmpty()) {
            List<Long> ids = contracts.stream().map(ConsumerContract::getId).toList();
            em.createQuery("select u from ContractUsage u where u.contract.id in :ids and u.usageMonth = :m", ContractUsage.class)
                    .setParameter("ids", ids).setParameter("m", month.atDay(1)).getResultList()
                    .forEach(u -> rows.put(u.getContract().getId(), u));
            em.createQuery("select u.contract.id, sum(u.hours) from ContractUsage u where u.contract.id in :ids "
                            + "and u.usageMonth <> :m group by u.contract.id", Object[].class)
                    .setParameter("ids", ids).setParameter("m", month.atDay(1)).getResultList()
                    .forEach(r -> before.put((Long) r[0], new BigDecimal[] {new BigDecimal(r[1].toString())}));
        }
        List<UsageMonth> months = months(executorId, month);
        List<UsageGrid.Row> out = new ArrayList<>();
        for (ConsumerContract k : contracts) {
            ContractUsage u = rows.get(k.getId());
            BigDecimal delivered = before.containsKey(k.getId()) ? before.get(k.getId())[0] : BigDecimal.ZERO;
            var child = k.getCertificate().getConsumer();
            boolean rowSubmitted = u != null ? u.getStatus() == UsageStatus.SUBMITTED
                    : months.stream().anyMatch(m -> m.isSubmitted() && m.getAuthority().getId().equals(k.getAuthority().getId()));
            out.add(new UsageGrid.Row(k.getId(), k.getNumber(), k.getCertificate().getNumber().formatted(),
                    UsageRules.maskedChild(child.getLastName(), child.getFirstName(), child.getMiddleName()), k.getProgramme().getName(),
                    k.getHours(), delivered, UsageRules.remaining(UsageRules.Terms.of(k), new UsageRules.Others(delivered, BigDecimal.ZERO)),
                    u == null ? null : u.getHours(), u == null ? null : u.getAmount(), u == null ? null : u.getId(),
                    u == null ? null : u.getStatus().label(), rowSubmitted));
        }
        boolean submitted = !out.isEmpty() && out.stream().allMatch(UsageGrid.Row::submitted);
        return new UsageGrid(executorId, x.getShortName(), month, submitted, own && !out.isEmpty() && !submitted, out);
    }

    /**
     * Enters the hours of a month for the caller's executor's contracts — all rows or none.
     *
     * @throws ValidationFailed a month, contract or hours refused, named by its field ({@code rows[1].hours})
     * @throws Conflict         other hours for a month already submitted
     */
    public List<UsageView> enter(UsageForm form, UsageSource source) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.CREATE, Rights.of(ContractUsage.class, null, null));
        UsageForm f = form == null ? new UsageForm() : form;
        YearMonth month = UsageRules.month(f.month);
        if (month == null) {
            throw new ValidationFailed("month", f.month == null || f.month.isBlank() ? "Укажите месяц (ГГГГ-ММ)"
                    : "Месяц «" + f.month + "» не распознан: укажите его как ГГГГ-ММ");
        }
        boolean list = f.rows != null;
        List<UsageForm.Row> rows = list ? f.rows : List.of(new UsageForm.Row(f.contractId, f.hours));
        if (rows.isEmpty()) {
            throw new ValidationFailed("rows", "Передайте хотя бы один договор");
        }
        Map<Long, String> seen = new HashMap<>();
        Map<String, ConsumerContract> contracts = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = list ? "rows[" + i + "]." : "";
            UsageForm.Row r = rows.get(i);
            if (r == null || r.contractId == null) {
                errors.add(new FieldError(at + "contractId", "Укажите договор"));
                continue;
            }
            ConsumerContract k = em.find(ConsumerContract.class, r.contractId);
            if (k == null) {
                throw new NotFound("Договор " + r.contractId + " не найден");
            }
            caller.require(Rights.Action.CREATE, Rights.of(ContractUsage.class, k.getAuthority().getId(), k.getExecutor().getId()));
            String earlier = seen.putIfAbsent(r.contractId, at);
            if (earlier != null) {
                errors.add(new FieldError(at + "contractId", "Договор № " + k.getNumber() + " указан дважды"));
            }
            contracts.put(at, k);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Map<Long, UsageMonth> locked = new HashMap<>();
        List<ContractUsage> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, ConsumerContract> e : contracts.entrySet()) {
            UsageForm.Row r = rows.get(i++);
            ConsumerContract k = e.getValue();
            UsageMonth m = locked.computeIfAbsent(k.getAuthority().getId(), a -> lock(k, month));
            ContractUsage existing = find(k, month);
            if (existing != null && r.hours != null && existing.holds(r.hours)) {
                out.add(existing);
                continue;
            }
            if (m.isSubmitted()) {
                throw new Conflict("Месяц " + UsageRules.text(month) + " уже отправлен: часы по договору № " + k.getNumber()
                        + " исправляет специалист уполномоченного органа");
            }
            UsageRules.Terms terms = UsageRules.Terms.of(k);
            UsageRules.Others others = usageLedger.others(k, month);
            String refusal = UsageRules.refusal(terms, month, r.hours, others);
            if (refusal != null) {
                errors.add(new FieldError(e.getKey() + "hours", refusal));
                continue;
            }
            BigDecimal amount = UsageRules.amount(terms, r.hours, others);
            if (existing == null) {
                existing = new ContractUsage(k, month, r.hours, amount, source, caller.login(), VolumeUse.now(clock));
                em.persist(existing);
            } else {
                existing.enter(r.hours, amount, source, caller.login(), VolumeUse.now(clock));
            }
            out.add(existing);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        DatabaseErrors.flush(em, RACES);
        return out.stream().map(UsageView::of).toList();
    }

    /** One row of a file, entered in a transaction of its own (the job's chunk records the outcome either way). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public List<UsageView> enterImported(UsageForm form) {
        return enter(form, UsageSource.FILE);
    }

    /**
     * Submits the executor's month (every authority's part still open): its rows are consumed on the ledgers and the
     * month is closed for entry. Submitting a submitted month again changes nothing and answers the same.
     */
    public List<UsageMonthView> submit(long executorId, YearMonth month) {
        Caller caller = currentUser.get();
        caller.require(Rights.Action.EDIT, Rights.of(ContractUsage.class, null, executorId));
        List<ConsumerContract> parts = bind(em.createQuery("select k from ConsumerContract k where k.executor.id = :x and "
                        + inForce("k") + " order by k.authority.id", ConsumerContract.class), month)
                .setParameter("x", executorId).getResultList();
        Map<Long, ConsumerContract> byAuthority = new LinkedHashMap<>();
        parts.forEach(k -> byAuthority.putIfAbsent(k.getAuthority().getId(), k));
        if (byAuthority.isEmpty()) {
            throw new Conflict("За " + UsageRules.text(month) + " у исполнителя нет действующих договоров: отправлять нечего");
        }
        for (ConsumerContract k : byAuthority.values()) {
            UsageMonth m = lock(k, month);
            if (m.isSubmitted()) {
                continue;
            }
            List<ContractUsage> drafts = em.createQuery("select u from ContractUsage u join fetch u.contract where u.executor.id = :x "
                            + "and u.authority.id = :a and u.usageMonth = :m and u.status = :draft order by u.id", ContractUsage.class)
                    .setParameter("x", executorId).setParameter("a", k.getAuthority().getId()).setParameter("m", month.atDay(1))
                    .setParameter("draft", UsageStatus.DRAFT).getResultList();
            usageLedger.submit(drafts);
            m.submit(caller.login(), VolumeUse.now(clock));
            DatabaseErrors.flush(em, RACES);
            audit.record(AuditEvent.USAGE_MONTH_SUBMITTED, m.getId(), m.getExecutor().getShortName() + ", " + UsageRules.text(month)
                    + ": " + drafts.size() + " дог.");
        }
        return monthViews(months(executorId, month).stream()
                .map(m -> new Pair(m.getExecutor().getId(), m.getExecutor().getShortName(), m.getAuthority().getId())).toList(), month);
    }

    /**
     * The authority's clerk corrects a submitted row, with a reason; the ledger moves by the difference.
     *
     * @throws ValidationFailed no reason ({@code reason}), hours breaking the rules ({@code hours})
     */
    public UsageView correct(long id, CorrectionForm form) {
        Caller caller = currentUser.get();
        ContractUsage u = get(id);
        caller.require(Rights.Action.APPROVE, u);
        CorrectionForm f = form == null ? new CorrectionForm() : form;
        List<FieldError> errors = new ArrayList<>();
        if (f.hours == null) {
            errors.add(new FieldError("hours", "Укажите правильное количество часов"));
        }
        if (f.reason == null || f.reason.isBlank()) {
            errors.add(new FieldError("reason", "Укажите причину исправления"));
        } else if (f.reason.strip().length() > 1000) {
            errors.add(new FieldError("reason", "Причина длиннее 1000 символов"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        UsageCorrection c = usageLedger.correct(u, f.hours, f.reason.strip(), caller.login());
        audit.record(AuditEvent.USAGE_CORRECTED, u.getId(), "договор № " + u.getContract().getNumber() + ", " + UsageRules.text(u.month())
                + ": " + c.getHoursBefore().toPlainString() + " → " + c.getHoursAfter().toPlainString() + " ч; " + c.getReason());
        return UsageView.of(u);
    }

    public UsageView view(long id) {
        ContractUsage u = get(id);
        currentUser.get().require(Rights.Action.READ, u);
        return UsageView.of(u);
    }

    public List<CorrectionView> corrections(long id) {
        ContractUsage u = get(id);
        currentUser.get().require(Rights.Action.READ, u);
        return em.createQuery("select c from UsageCorrection c where c.usage.id = :u order by c.id", UsageCorrection.class)
                .setParameter("u", id).getResultList().stream().map(CorrectionView::of).toList();
    }

    /** Delivered hours the caller may see, by executor, month and contract (each optional), newest month first. */
    public Page<UsageView> list(PageRequest request, Long executorId, YearMonth month, Long contractId) {
        Caller caller = currentUser.get();
        Page<ContractUsage> page = PagedQuery.of(em, ContractUsage.class, "u", "join fetch u.contract k join fetch k.programme "
                        + "join fetch k.certificate c join fetch c.consumer join fetch u.executor",
                        DataScope.authorityAndExecutor(caller, "u.authority.id", "u.executor.id"))
                .filter("u.executor.id = :x", "x", executorId)
                .filter("u.usageMonth = :m", "m", month == null ? null : month.atDay(1))
                .filter("u.contract.id = :k", "k", contractId)
                .search("u.contract.number", "u.executor.shortName")
                .sortable(SORTS, "u.usageMonth desc, u.contract.number")
                .page(request);
        return new Page<>(page.items().stream().map(UsageView::of).toList(), page.total());
    }

    /**
     * The clerk's list of a month: every executor with contracts in force in it under an authority the caller may see
     * — one row per executor and authority — with where it stands ({@link UsageMonthState}: nothing entered, entered,
     * submitted) and its totals; optionally only those in one state. One page query (a row is the executor's first
     * contract in force with the authority) and three queries for the page's states and totals, whatever its size.
     */
    public Page<UsageMonthView> months(PageRequest request, YearMonth month, UsageMonthState state) {
        Caller caller = currentUser.get();
        if (month == null) {
            throw new ValidationFailed("month", "Укажите месяц (ГГГГ-ММ)");
        }
        Map<String, Object> parameters = new HashMap<>(monthParameters(month));
        String stored = "select m from UsageMonth m where m.executor.id = k.executor.id and m.authority.id = k.authority.id "
                + "and m.month = :first";
        String stateCondition = "";
        if (state == UsageMonthState.NOT_ENTERED) {
            stateCondition = " and not exists (" + stored + ")";
        } else if (state != null) {
            stateCondition = " and exists (" + stored + " and m.status = :state)";
            parameters.put("state", state.stored());
        }
        Page<ConsumerContract> page = PagedQuery.of(em, ConsumerContract.class, "k", "join fetch k.executor",
                        DataScope.authorityAndExecutor(caller, "k.authority.id", "k.executor.id"))
                .require("k.id = (select min(k2.id) from ConsumerContract k2 where k2.executor.id = k.executor.id "
                        + "and k2.authority.id = k.authority.id and " + inForce("k2") + ")" + stateCondition, parameters)
                .search("k.executor.shortName")
                .sortable(MONTH_SORTS, "k.executor.shortName, k.authority.id")
                .page(request);
        return new Page<>(monthViews(page.items().stream()
                .map(k -> new Pair(k.getExecutor().getId(), k.getExecutor().getShortName(), k.getAuthority().getId())).toList(), month),
                page.total());
    }

    /** The earliest month of a contract the caller may see (the clerk's list offers the months from it), or null. */
    public YearMonth firstMonth() {
        DataScope scope = DataScope.authorityAndExecutor(currentUser.get(), "k.authority.id", "k.executor.id");
        java.time.LocalDate first = scope.bind(em.createQuery("select min(k.startsOn) from ConsumerContract k where k.id is not null"
                + scope.and(), java.time.LocalDate.class)).getSingleResult();
        return first == null ? null : YearMonth.from(first);
    }

    /** An executor with an authority: a row of the months' list. */
    private record Pair(long executorId, String executorName, long authorityId) {
    }

    /** The month's state and totals of each executor with an authority, in three queries for all of them. */
    private List<UsageMonthView> monthViews(List<Pair> pairs, YearMonth month) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Long> executors = pairs.stream().map(Pair::executorId).distinct().toList();
        List<Long> authorities = pairs.stream().map(Pair::authorityId).distinct().toList();
        Map<String, UsageMonth> stored = new HashMap<>();
        em.createQuery("select m from UsageMonth m where m.executor.id in :xs and m.authority.id in :auths and m.month = :m", UsageMonth.class)
                .setParameter("xs", executors).setParameter("auths", authorities).setParameter("m", month.atDay(1)).getResultList()
                .forEach(m -> stored.put(m.getExecutor().getId() + "/" + m.getAuthority().getId(), m));
        Map<String, Object[]> totals = new HashMap<>();
        em.createQuery("select u.executor.id, u.authority.id, coalesce(sum(u.hours), 0), coalesce(sum(u.amount), 0) from ContractUsage u "
                        + "where u.executor.id in :xs and u.authority.id in :auths and u.usageMonth = :m group by u.executor.id, u.authority.id",
                        Object[].class)
                .setParameter("xs", executors).setParameter("auths", authorities).setParameter("m", month.atDay(1)).getResultList()
                .forEach(r -> totals.put(r[0] + "/" + r[1], r));
        Map<String, Long> contracts = new HashMap<>();
        bind(em.createQuery("select k.executor.id, k.authority.id, count(k) from ConsumerContract k where k.executor.id in :xs "
                        + "and k.authority.id in :auths and " + inForce("k") + " group by k.executor.id, k.authority.id", Object[].class), month)
                .setParameter("xs", executors).setParameter("auths", authorities).getResultList()
                .forEach(r -> contracts.put(r[0] + "/" + r[1], ((Number) r[2]).longValue()));
        List<UsageMonthView> out = new ArrayList<>();
        for (Pair p : pairs) {
            String key = p.executorId() + "/" + p.authorityId();
            UsageMonth m = stored.get(key);
            Object[] t = totals.get(key);
            UsageMonthState state = UsageMonthState.of(m == null ? null : m.getStatus());
            out.add(new UsageMonthView(m == null ? null : m.getId(), p.executorId(), p.executorName(), p.authorityId(), month, state,
                    state.label(), m == null ? null : m.getSubmittedAt(), m == null ? null : m.getSubmittedBy(),
                    contracts.getOrDefault(key, 0L), t == null ? BigDecimal.ZERO : new BigDecimal(t[2].toString()),
                    t == null ? BigDecimal.ZERO : new BigDecimal(t[3].toString())));
        }
        return out;
    }

    /**
     * The contracts (alias {@code k}) an executor reports on for a month: those of the month (start to end or
     * termination) still in force, and any with hours entered for it. Parameters: {@link #monthParameters}.
     */
    private static String inForce(String k) {
        return k + ".startsOn <= :last and coalesce(" + k + ".terminatedOn, " + k + ".endsOn) >= :first and (" + k + ".status in :inForce "
                + "or exists (select u from ContractUsage u where u.contract = " + k + " and u.usageMonth = :first))";
    }

    private static Map<String, Object> monthParameters(YearMonth month) {
        return Map.of("first", month.atDay(1), "last", month.atEndOfMonth(), "inForce", IN_FORCE);
    }

    private static <Q extends jakarta.persistence.Query> Q bind(Q query, YearMonth month) {
        monthParameters(month).forEach(query::setParameter);
        return query;
    }

    /** The executor's month with the contract's authority, created open on first use, its row locked. */
    private UsageMonth lock(ConsumerContract k, YearMonth month) {
        List<UsageMonth> found = em.createQuery("select m from UsageMonth m where m.executor.id = :x and m.authority.id = :a "
                        + "and m.month = :m", UsageMonth.class).setParameter("x", k.getExecutor().getId())
                .setParameter("a", k.getAuthority().getId()).setParameter("m", month.atDay(1))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (!found.isEmpty()) {
            em.refresh(found.get(0));
            return found.get(0);
        }
        UsageMonth m = new UsageMonth(k.getExecutor(), k.getAuthority(), month);
        em.persist(m);
        DatabaseErrors.flush(em, RACES);
        return m;
    }

    private List<UsageMonth> months(long executorId, YearMonth month) {
        DataScope scope = DataScope.authorityAndExecutor(currentUser.get(), "m.authority.id", "m.executor.id");
        return scope.bind(em.createQuery("select m from UsageMonth m join fetch m.executor where m.executor.id = :x and m.month = :m"
                        + scope.and() + " order by m.authority.id", UsageMonth.class))
                .setParameter("x", executorId).setParameter("m", month.atDay(1)).getResultList();
    }

    private ContractUsage find(ConsumerContract k, YearMonth month) {
        return em.createQuery("select u from ContractUsage u where u.contract.id = :k and u.usageMonth = :m", ContractUsage.class)
                .setParameter("k", k.getId()).setParameter("m", month.atDay(1)).getResultStream().findFirst().orElse(null);
    }

    private ContractUsage get(long id) {
        ContractUsage u = em.find(ContractUsage.class, id);
        if (u == null) {
            throw new NotFound("Запись об оказанных услугах не найдена");
        }
        return u;
    }
}
