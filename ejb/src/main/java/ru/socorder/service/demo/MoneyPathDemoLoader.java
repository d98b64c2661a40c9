package ru.socorder.service.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.agreement.Agreement;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.model.agreement.BankAccountRules;
import ru.socorder.model.agreement.BankDetails;
import ru.socorder.model.agreement.PaymentMode;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.certificate.MovementKind;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.model.usage.ContractUsage;
import ru.socorder.model.usage.UsageMonth;
import ru.socorder.model.usage.UsageSource;
import ru.socorder.service.agreement.AgreementDrafts;
import ru.socorder.service.agreement.AgreementLifecycle;
import ru.socorder.service.usage.UsageRules;

/**
 * The money path of the Luga demo (issue 15), after its contracts: an agreement in execution with every executor of
 * the registry for each service it has contracts in (volume = their hours, price = the year's normative; state
 * institutions paid in advance at 80 % through their treasury accounts, the non-profit organisation reimbursed through
 * its bank), and the hours delivered under the contracts in force: September to November submitted by the executors
 * (consumed on the certificates' ledgers), December entered and not yet submitted. The clerk runs the payment of a
 * month from there. Written as the boundaries write them — lifecycle steps, the ledger chain, the rounding of
 * {@link UsageRules} — on the dates of the demo's year. Bank details are invented but pass the control-key check.
 */
final class MoneyPathDemoLoader {
    private static final LocalDate SENT = LocalDate.of(2024, 8, 28);
    private static final LocalDate SIGNED = LocalDate.of(2024, 9, 2);
    private static final BigDecimal ADVANCE_SHARE = new BigDecimal("80.00");
    private static final String[] TAILS = {"55000012345", "55000023456", "55000034567", "55000045678", "55000056789", "55000067890"};
    private static final int SUBMITTED_MONTHS = 3;

    private final EntityManager em;
    private final DemoHistory history;
    private final AuthorisedBody authority;
    private final int year;

    MoneyPathDemoLoader(EntityManager em, AuthorisedBody authority, int year) {
        this.em = em;
        this.history = new DemoHistory(em);
        this.authority = authority;
        this.year = year;
    }

    /** @return agreements concluded and usage rows written */
    int[] load() {
        List<ConsumerContract> contracts = em.createQuery("select k from ConsumerContract k where k.authority = :a and k.status <> :t "
                        + "order by k.executor.id, k.programme.id, k.id", ConsumerContract.class)
                .setParameter("a", authority).setParameter("t", ContractStatus.TERMINATED).getResultList();
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        Map<String, ConsumerContract> first = new HashMap<>();
        for (ConsumerContract k : contracts) {
            String key = k.getExecutor().getId() + "/" + k.getProgramme().getService().getId();
            hours.merge(key, k.getHours(), BigDecimal::add);
            first.putIfAbsent(key, k);
        }
        int agreements = 0;
        for (Map.Entry<String, BigDecimal> e : hours.entrySet()) {
            ConsumerContract k = first.get(e.getKey());
            agreement(k.getExecutor(), k.getProgramme().getService(), e.getValue(), agreements++);
        }
        em.flush();
        return new int[] {agreements, usage(contracts)};
    }

    private void agreement(Executor executor, SocialService service, BigDecimal volume, int n) {
        RegistryEntry entry = em.createQuery("select e from RegistryEntry e where e.authority = :a and e.executor = :x", RegistryEntry.class)
                .setParameter("a", authority).setParameter("x", executor).getSingleResult();
        BigDecimal price = em.createQuery("select n from ServiceNormative n where n.service = :s and n.year = :y", ServiceNormative.class)
                .setParameter("s", service).setParameter("y", year).getSingleResult().unitCost();
        boolean state = executor.getType() == ExecutorType.STATE_BUDGET_INSTITUTION || executor.getType() == ExecutorType.STATE_AUTONOMOUS_INSTITUTION
                || executor.getType() == ExecutorType.STATE_TREASURY_INSTITUTION;
        PaymentMode mode = state ? PaymentMode.ADVANCE : PaymentMode.REIMBURSEMENT;
        BankDetails bank = state
                ? new BankDetails(executor.getShortName(), "03234643416330004500", "014106101",
                        "ОТДЕЛЕНИЕ ЛЕНИНГРАДСКОЕ БАНКА РОССИИ//УФК по Ленинградской области г. Санкт-Петербург", "40102810245370000098",
                        "20456" + String.format("%06d", executor.getId() % 1_000_000))
                : new BankDetails(executor.getShortName(), account("40703810", n), "044030653", "ПАО Сбербанк, Северо-Западный банк",
                        "30101810500000000653", null);
        Map<String, String> problems = BankAccountRules.check(bank);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo bank details of " + executor.getShortName() + ": " + problems);
        }
        Instant created = DemoHistory.at(SENT.minusDays(2), 10);
        Agreement a = new Agreement(state ? AgreementKind.CERTIFICATE_FINANCING : AgreementKind.CERTIFICATE_REIMBURSEMENT, null, authority,
                executor, entry, AgreementDrafts.basis(entry), service, year,
                new Agreement.Terms(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), mode, state ? ADVANCE_SHARE : null,
                        AgreementDrafts.REPORTING, bank), created, "clerk");
        a.putLine(service, year, volume, price);
        em.persist(a);
        a.startFamily();
        String org = authority.getShortName();
        history.created(AgreementLifecycle.RECORD, a.getId(), AgreementStatus.DRAFT, "clerk", "AUTHORITY_CLERK", org, created, null);
        a.moveTo(AgreementStatus.SENT_FOR_SIGNING, SENT);
        history.step(AgreementLifecycle.RECORD, a.getId(), AgreementLifecycle.Action.SEND, AgreementStatus.DRAFT, AgreementStatus.SENT_FOR_SIGNING,
                "clerk", "AUTHORITY_CLERK", org, DemoHistory.at(SENT, 11), null);
        Instant executorSigned = DemoHistory.at(SENT.plusDays(2), 15);
        a.signedByExecutor(executorSigned, "executor");
        history.step(AgreementLifecycle.RECORD, a.getId(), AgreementLifecycle.Action.SIGN_EXECUTOR, AgreementStatus.SENT_FOR_SIGNING,
                AgreementStatus.SENT_FOR_SIGNING, "executor", "EXECUTOR", executor.getShortName(), executorSigned, null);
        a.moveTo(AgreementStatus.SIGNED, SIGNED);
        history.step(AgreementLifecycle.RECORD, a.getId(), AgreementLifecycle.Action.SIGN, AgreementStatus.SENT_FOR_SIGNING, AgreementStatus.SIGNED,
                "approver", "APPROVER", org, DemoHistory.at(SIGNED, 10), null);
        a.moveTo(AgreementStatus.IN_EXECUTION, SIGNED);
        history.step(AgreementLifecycle.RECORD, a.getId(), AgreementLifecycle.Action.START, AgreementStatus.SIGNED, AgreementStatus.IN_EXECUTION,
                ru.socorder.service.lifecycle.TransitionLog.SYSTEM, null, null, DemoHistory.at(SIGNED, 10), "подписано в срок действия");
    }

    /** A settlement account of the bank whose control key matches its БИК (044030653). */
    private static String account(String prefix, int n) {
        String tail = TAILS[n % TAILS.length];
        for (int key = 0; key < 10; key++) {
            String candidate = prefix + key + tail;
            if (BankAccountRules.keyValid("044030653", candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no control key");
    }

    /**
     * The contracts' hours spread evenly over the months of their period, whole hours (the last month takes the rest):
     * September to November submitted and consumed, December a draft.
     */
    private int usage(List<ConsumerContract> contracts) {
        Map<Long, CertificateMovement> latest = new HashMap<>();
        Map<String, UsageMonth> months = new LinkedHashMap<>();
        int rows = 0;
        YearMonth start = YearMonth.of(year, 9);
        for (int m = 0; m <= SUBMITTED_MONTHS; m++) {
            YearMonth month = start.plusMonths(m);
            boolean submitted = m < SUBMITTED_MONTHS;
            LocalDate entered = month.plusMonths(1).atDay(submitted ? 3 : 2);
            List<ContractUsage> written = new ArrayList<>();
            for (ConsumerContract k : contracts) {
                UsageRules.Terms terms = UsageRules.Terms.of(k);
                if (month.isBefore(terms.first()) || month.isAfter(terms.last())) {
                    continue;
                }
                long count = terms.first().until(terms.last(), java.time.temporal.ChronoUnit.MONTHS) + 1;
                BigDecimal monthly = k.getHours().divide(BigDecimal.valueOf(count), 0, RoundingMode.DOWN);
                BigDecimal before = monthly.multiply(BigDecimal.valueOf(terms.first().until(month, java.time.temporal.ChronoUnit.MONTHS)));
                BigDecimal amountBefore = UsageRules.amount(terms, before, UsageRules.Others.NONE);
                BigDecimal amount = UsageRules.amount(terms, monthly, new UsageRules.Others(before, amountBefore));
                Instant at = DemoHistory.at(entered, 10 + (int) (k.getId() % 6));
                ContractUsage u = new ContractUsage(k, month, monthly, amount, k.getId() % 4 == 0 ? UsageSource.FILE : UsageSource.SCREEN,
                        "executor", at);
                if (submitted) {
                    CertificateMovement previous = latest.computeIfAbsent(k.getCertificate().getId(), c -> em.createQuery(
                            "select m from CertificateMovement m where m.certificate.id = :c order by m.seq desc", CertificateMovement.class)
                            .setParameter("c", c).setMaxResults(1).getSingleResult());
                    CertificateMovement consumed = previous.next(MovementKind.CONSUME, monthly, amount, k, at.plusSeconds(3_600), "executor",
                            "оказанные услуги за " + UsageRules.text(month) + " по договору № " + k.getNumber());
                    em.persist(consumed);
                    latest.put(k.getCertificate().getId(), consumed);
                    u.submit(amount, consumed, at.plusSeconds(3_600));
                }
                em.persist(u);
                written.add(u);
                rows++;
                String key = k.getExecutor().getId() + "/" + month;
                if (!months.containsKey(key)) {
                    UsageMonth um = new UsageMonth(k.getExecutor(), authority, month);
                    if (submitted) {
                        um.submit("executor", DemoHistory.at(entered, 17));
                    }
                    em.persist(um);
                    months.put(key, um);
                }
            }
            em.flush(); // the ledger's chain: the next month's movements refer to these
        }
        return rows;
    }
}
