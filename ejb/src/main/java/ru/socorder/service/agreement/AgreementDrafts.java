package ru.socorder.service.agreement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.agreement.Agreement;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.agreement.AgreementSetting;
import ru.socorder.model.agreement.BankDetails;
import ru.socorder.model.agreement.PaymentMode;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.RegistryEntryStatus;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.service.registry.ServiceNormatives;
import ru.socorder.service.security.Caller;

/**
 * Control of {@link Agreements}: makes drafts (one, or all of a service and year), applies a form to a draft and
 * says whether a draft is complete enough to send. Rights are the boundary's; this class checks the input.
 * <p>
 * Defaults of a new certificate agreement: valid for its calendar year; volume = the hours of the executor's
 * contracts for the service and year that are not terminated (zero allowed) or the volume the clerk gives; price per
 * unit = the service's normative cost of a человеко-час for the year (6 decimals); the advance share = the
 * authority's setting ({@code agreement_setting}), else the global default {@value #DEFAULT_SHARE} % (system property
 * {@code socorder.agreements.advanceShare}); bank details copied from the executor's latest agreement that has them.
 */
@Stateless
public class AgreementDrafts {
    static final String DEFAULT_SHARE = "80";
    public static final String REPORTING = "Исполнитель представляет ежемесячно, не позднее 5-го рабочего дня месяца, следующего за отчётным, "
            + "отчёт об оказании услуги: объём оказанной услуги (человеко-часы) по каждому договору с потребителем, реестр договоров; "
            + "по окончании года — отчёт об исполнении соглашения и о достижении показателей качества.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private ServiceNormatives normatives;

    @EJB
    private TransitionLog transitions;

    /** What a generation made and passed over. */
    public record Result(List<Agreement> created, List<String> skipped) {
    }

    /** The advance share new agreements of the authority start with, in percent. */
    public BigDecimal defaultShare(long authorityId) {
        AgreementSetting s = em.find(AgreementSetting.class, authorityId);
        return s != null ? s.getAdvanceShare() : new BigDecimal(System.getProperty("socorder.agreements.advanceShare", DEFAULT_SHARE));
    }

    public Agreement create(Caller caller, AgreementForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.executorId == null) {
            errors.add(new FieldError("executorId", "Выберите исполнителя услуг"));
        }
        if (f.serviceId == null) {
            errors.add(new FieldError("serviceId", "Выберите услугу"));
        }
        if (f.year == null || f.year < 2000 || f.year > 2100) {
            errors.add(new FieldError("year", "Укажите год соглашения"));
        }
        if (f.kind == AgreementKind.COMPETITION) {
            errors.add(new FieldError("kind", "Соглашения по результатам конкурса заключаются из протокола конкурса"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        SocialService service = service(f.serviceId, "serviceId");
        RegistryEntry entry = entry(caller.authorityId(), f.executorId, service)
                .orElseThrow(() -> new ValidationFailed("executorId", "Исполнитель не включён в реестр исполнителей органа по этой услуге"));
        BigDecimal price = price(service, f.year, "year");
        AgreementKind kind = f.kind == null ? AgreementKind.CERTIFICATE_FINANCING : f.kind;
        PaymentMode mode = f.paymentMode == null ? kind.usualMode() : f.paymentMode;
        Agreement a = draft(caller, entry, service, f.year, kind, mode, f.advanceShare);
        a.putLine(service, f.year, contractHours(entry, service, f.year), price);
        persist(a);
        return a;
    }

    public Result generate(Caller caller, GenerateForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.serviceId == null) {
            errors.add(new FieldError("serviceId", "Выберите услугу"));
        }
        if (f.year == null || f.year < 2000 || f.year > 2100) {
            errors.add(new FieldError("year", "Укажите год соглашений"));
        }
        if (f.kind == AgreementKind.COMPETITION) {
            errors.add(new FieldError("kind", "Проекты формируются для соглашений по социальным сертификатам"));
        }
        if (f.volume != null && f.volume.signum() < 0) {
            errors.add(new FieldError("volume", "Объём не может быть отрицательным"));
        }
        share(f.paymentMode, f.advanceShare, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        SocialService service = service(f.serviceId, "serviceId");
        BigDecimal price = price(service, f.year, "year");
        AgreementKind kind = f.kind == null ? AgreementKind.CERTIFICATE_FINANCING : f.kind;
        PaymentMode mode = f.paymentMode == null ? kind.usualMode() : f.paymentMode;
        List<RegistryEntry> entries = em.createQuery("select e from RegistryEntry e join fetch e.executor join e.services s "
                        + "where e.authority.id = :a and e.status = :active and s.id = :s order by e.number", RegistryEntry.class)
                .setParameter("a", caller.authorityId()).setParameter("active", RegistryEntryStatus.ACTIVE).setParameter("s", service.getId())
                .getResultList();
        Set<Long> having = new HashSet<>(em.createQuery("select a.executor.id from Agreement a where a.authority.id = :a "
                        + "and a.service.id = :s and a.year = :y and a.versionNumber = 1 and a.kind <> :competition", Long.class)
                .setParameter("a", caller.authorityId()).setParameter("s", service.getId()).setParameter("y", f.year)
                .setParameter("competition", AgreementKind.COMPETITION).getResultList());
        List<Agreement> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (RegistryEntry e : entries) {
            if (having.contains(e.getExecutor().getId())) {
                skipped.add(e.getExecutor().getDisplayName() + ": соглашение на " + f.year + " год уже есть");
                continue;
            }
            Agreement a = draft(caller, e, service, f.year, kind, mode, f.advanceShare);
            a.putLine(service, f.year, f.volume != null ? f.volume : contractHours(e, service, f.year), price);
            persist(a);
            created.add(a);
        }
        return new Result(created, skipped);
    }

    private Agreement draft(Caller caller, RegistryEntry entry, SocialService service, int year, AgreementKind kind, PaymentMode mode,
                            BigDecimal share) {
        BigDecimal advance = mode == PaymentMode.ADVANCE ? share != null ? share : defaultShare(caller.authorityId()) : null;
        Agreement.Terms terms = new Agreement.Terms(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), mode, advance, REPORTING,
                previousBank(entry));
        return new Agreement(kind, null, em.getReference(AuthorisedBody.class, caller.authorityId()), entry.getExecutor(), entry,
                basis(entry), service, year, terms, clock.instant(), caller.login());
    }

    private void persist(Agreement a) {
        em.persist(a);
        a.startFamily();
        DatabaseErrors.flush(em, Agreements.CONSTRAINTS);
        transitions.created(AgreementLifecycle.RECORD, a.getId(), AgreementStatus.DRAFT, null);
    }

    public static String basis(RegistryEntry e) {
        return "запись № " + e.getNumber() + " реестра исполнителей услуг в соответствии с социальным сертификатом от "
                + RussianText.date(e.getIncludedOn());
    }

    /** The bank details of the executor's latest agreement that has them, or none. */
    private BankDetails previousBank(RegistryEntry entry) {
        return em.createQuery("select a from Agreement a where a.executor.id = :e and a.bankDetails.account is not null "
                        + "order by a.createdAt desc, a.id desc", Agreement.class)
                .setParameter("e", entry.getExecutor().getId()).setMaxResults(1).getResultStream().findFirst()
                .map(Agreement::getBankDetails).orElse(null);
    }

    /** Hours of the executor's contracts for the service and year that are not terminated. */
    private BigDecimal contractHours(RegistryEntry entry, SocialService service, int year) {
        BigDecimal h = em.createQuery("select sum(k.hours) from ConsumerContract k where k.executor.id = :e and k.authority.id = :a "
                        + "and k.programme.service.id = :s and k.certificate.year = :y and k.status <> :terminated", BigDecimal.class)
                .setParameter("e", entry.getExecutor().getId()).setParameter("a", entry.getAuthority().getId())
                .setParameter("s", service.getId()).setParameter("y", year).setParameter("terminated", ContractStatus.TERMINATED)
                .getSingleResult();
        return h == null ? BigDecimal.ZERO : h;
    }

    private java.util.Optional<RegistryEntry> entry(long authorityId, long executorId, SocialService service) {
        return em.createQuery("select e from RegistryEntry e where e.authority.id = :a and e.executor.id = :x", RegistryEntry.class)
                .setParameter("a", authorityId).setParameter("x", executorId).getResultStream().findFirst().filter(e -> e.covers(service));
    }

    private SocialService service(long id, String field) {
        SocialService s = em.find(SocialService.class, id);
        if (s == null) {
            throw new ValidationFailed(field, "Услуга не найдена");
        }
        return s;
    }

    private BigDecimal price(SocialService service, int year, String field) {
        return normatives.find(service.getId(), year).map(ServiceNormative::unitCost)
                .orElseThrow(() -> new ValidationFailed(field, "Нормативные затраты на услугу «" + service.getName() + "» на " + year
                        + " год не утверждены — цену единицы услуги взять неоткуда"));
    }

    private static void share(PaymentMode mode, BigDecimal share, List<FieldError> errors) {
        if (share != null && mode != PaymentMode.REIMBURSEMENT && (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError("advanceShare", "Доля аванса — процент больше 0 и не больше 100"));
        }
    }

    /** Applies the form to a draft: header, bank details (checked when given), lines (price: the normative when none). */
    public void apply(Agreement a, AgreementForm f) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = f.validFrom != null ? f.validFrom : a.getValidFrom();
        LocalDate to = f.validTo != null ? f.validTo : a.getValidTo();
        if (to.isBefore(from)) {
            errors.add(new FieldError("validTo", "Дата окончания действия раньше даты начала"));
        }
        PaymentMode mode = f.paymentMode != null ? f.paymentMode : a.getPaymentMode();
        share(mode, f.advanceShare, errors);
        BigDecimal share = f.advanceShare != null ? f.advanceShare : a.getAdvanceShare();
        if (mode == PaymentMode.ADVANCE && share == null) {
            share = defaultShare(a.getAuthority().getId());
        }
        BankDetails bank = a.getBankDetails();
        if (f.bank != null) {
            bank = new BankDetails(f.bank.payeeName, f.bank.account, f.bank.bik, f.bank.bankName, f.bank.correspondentAccount,
                    f.bank.treasuryAccount);
            if (!bank.isEmpty()) {
                bank.problems().forEach((field, message) -> errors.add(new FieldError("bank." + field, message)));
            }
        }
        Map<String, BigDecimal[]> lines = new LinkedHashMap<>();
        if (f.lines != null) {
            for (int i = 0; i < f.lines.size(); i++) {
                AgreementForm.Line l = f.lines.get(i);
                String at = "lines[" + (i + 1) + "]";
                long serviceId = l == null || l.serviceId == null ? a.getService().getId() : l.serviceId;
                if (l == null || l.year == null) {
                    errors.add(new FieldError(at + ".year", "Укажите год"));
                    continue;
                }
                if (l.volume == null || l.volume.signum() < 0) {
                    errors.add(new FieldError(at + ".volume", "Укажите объём — число не меньше нуля"));
                    continue;
                }
                if (l.pricePerUnit != null && l.pricePerUnit.signum() <= 0) {
                    errors.add(new FieldError(at + ".pricePerUnit", "Цена единицы должна быть больше нуля"));
                    continue;
                }
                if (lines.put(serviceId + "|" + l.year, new BigDecimal[] {l.volume, l.pricePerUnit}) != null) {
                    errors.add(new FieldError(at + ".year", "Строка по этой услуге на " + l.year + " год уже есть"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        a.edit(f.number, f.basis, new Agreement.Terms(from, to, mode, share,
                f.reportingDuty != null ? f.reportingDuty : a.getReportingDuty(), bank));
        a.editReason(f.amendmentReason);
        if (f.lines != null && !f.lines.isEmpty()) {
            Set<Integer> kept = new HashSet<>();
            for (Map.Entry<String, BigDecimal[]> e : lines.entrySet()) {
                String[] key = e.getKey().split("\\|");
                SocialService s = service(Long.parseLong(key[0]), "lines");
                int year = Integer.parseInt(key[1]);
                BigDecimal price = e.getValue()[1] != null ? e.getValue()[1] : price(s, year, "lines");
                kept.add(a.putLine(s, year, e.getValue()[0], price).getLineNo());
            }
            a.keepLines(kept);
        }
    }

    /** A draft goes for signing with its lines and valid bank details. */
    public void requireComplete(Agreement a) {
        List<FieldError> errors = new ArrayList<>();
        if (a.getLines().isEmpty()) {
            errors.add(new FieldError("lines", "В соглашении нет объёма услуги"));
        }
        if (a.getBankDetails() == null) {
            errors.add(new FieldError("bank.account", "Заполните банковские реквизиты исполнителя перед направлением на подписание"));
        } else {
            a.getBankDetails().problems().forEach((field, message) -> errors.add(new FieldError("bank." + field, message)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
