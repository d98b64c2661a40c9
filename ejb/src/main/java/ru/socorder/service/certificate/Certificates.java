package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.audit.RecordHistory;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Реестр получателей социального сертификата: search by number, СНИЛС, name, status and service (lazy pages, the
 * recipient's СНИЛС masked), the certificate with its balance and ledger, its status steps (suspend, resume, close,
 * revoke — with history) — ending a certificate frees its share of the order's volume and serves the queue.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class Certificates {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private RecordHistory history;

    @Inject
    private java.time.Clock clock;

    @EJB
    private CertificateLedger ledger;

    @EJB
    private CertificateIssuing issuing;

    @EJB
    private TransitionLog transitions;

    @EJB
    private ru.socorder.service.reporting.ReportEngine reports;

    @EJB
    private ru.socorder.service.audit.AuditLog audit;

    /** The registry: certificates of the caller's authority; the query finds a number (any part), a whole СНИЛС, a name. */
    public Page<CertificateRow> search(PageRequest page, CertificateStatus status, Long serviceId, Integer year, String snils) {
        Caller c = currentUser.get();
        Snils child = null;
        if (snils != null && !snils.isBlank()) {
            IdentifierCheck check = Snils.check(snils);
            if (!check.valid()) {
                throw new ValidationFailed("snils", check.message());
            }
            child = Snils.of(snils);
        }
        Page<Certificate> found = PagedQuery.of(em, Certificate.class, "c", "join fetch c.consumer join fetch c.service",
                        DataScope.authority(c, "c.authority.id"))
                .filter("c.status = :status", "status", status)
                .filter("c.service.id = :service", "service", serviceId)
                .filter("c.year = :year", "year", year)
                .filter("c.consumer.snils = :snils", "snils", child)
                .search("c.consumer.lastName", "c.consumer.firstName")
                .searchAs("c.number", Certificates::numberPatterns)
                .sortable(Map.of("number", "c.number", "issuedOn", "c.issuedOn", "status", "c.status", "year", "c.year"), "c.number")
                .page(page);
        return new Page<>(found.items().stream().map(CertificateRow::of).toList(), found.total());
    }

    /** The services the caller's certificates are for (the registry's filter), in the order of their registry numbers. */
    public List<ru.socorder.service.catalog.OptionItem> services() {
        DataScope scope = DataScope.authority(currentUser.get(), "c.authority.id");
        List<ru.socorder.model.catalog.SocialService> services = scope.bind(em.createQuery(
                "select distinct s from Certificate c join c.service s where 1 = 1" + scope.and(),
                ru.socorder.model.catalog.SocialService.class)).getResultList();
        return services.stream().sorted(java.util.Comparator.comparing(x -> x.getRegistryNumber().value()))
                .map(x -> new ru.socorder.service.catalog.OptionItem(x.getId(), x.getRegistryNumber().formatted() + " — " + x.getName()))
                .toList();
    }

    /** Digits typed are a part of a certificate number (the СНИЛС is its own filter). */
    static List<String> numberPatterns(String query) {
        String digits = query.replaceAll("[\\s\\-.]", "");
        return digits.matches("\\d{2,12}") ? List.of("%" + digits + "%") : List.of();
    }

    /** The certificate with the number (any spelling the check digit accepts); READ checked. */
    public Certificate get(String number) {
        IdentifierCheck check = CertificateNumber.check(number);
        if (!check.valid()) {
            throw new ValidationFailed("number", check.message());
        }
        List<Certificate> found = em.createQuery("select c from Certificate c join fetch c.consumer join fetch c.service "
                + "where c.number = :n", Certificate.class).setParameter("n", CertificateNumber.of(number)).getResultList();
        if (found.isEmpty()) {
            throw new NotFound("Сертификат № " + CertificateNumber.of(number) + " не найден");
        }
        currentUser.get().require(Rights.Action.READ, found.get(0));
        return found.get(0);
    }

    public Balance balance(String number) {
        return ledger.balance(get(number));
    }

    public List<CertificateMovement> ledger(String number) {
        return ledger.movements(get(number));
    }

    public List<CertificateLifecycle.Action> actions(String number) {
        Certificate c = get(number);
        return CertificateLifecycle.TABLE.actions(c.getStatus(), actor(c));
    }

    private CertificateLifecycle.Actor actor(Certificate c) {
        return new CertificateLifecycle.Actor(currentUser.get().can(Rights.Action.EDIT, c));
    }

    /**
     * A clerk's step (suspend, resume, close, revoke). Revoking or closing frees the certificate's share of the order's
     * volume: the queue is served at once. Resuming a certificate whose contracts still hold part of its balance puts it
     * back in use. What remains available expires on closing.
     */
    public Certificate transition(String number, long version, CertificateLifecycle.Action action, String comment) {
        Certificate c = get(number);
        currentUser.get().require(Rights.Action.EDIT, c);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        if (c.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        CertificateStatus from = c.getStatus();
        CertificateStatus to = CertificateLifecycle.TABLE.next(from, action, actor(c), comment);
        c.moveTo(to);
        transitions.record(CertificateLifecycle.RECORD, c.getId(), action, from, to, comment);
        if (action == CertificateLifecycle.Action.RESUME && ledger.balance(c).hours().allocated().signum() > 0) {
            CertificateStatus inUse = CertificateLifecycle.TABLE.follow(c.getStatus(), CertificateLifecycle.Action.USE);
            c.moveTo(inUse);
            transitions.record(CertificateLifecycle.RECORD, c.getId(), CertificateLifecycle.Action.USE, to, inUse, "по сертификату есть договоры");
        }
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        if (!c.getStatus().isActive()) {
            issuing.freed(c);
        }
        return c;
    }

    public List<HistoryEntry> history(String number) {
        Certificate c = get(number);
        return history.of(RecordKind.CERTIFICATE, c.getId(), CertificateLifecycle.TABLE::describe);
    }

    /**
     * The certificate printed (PDF) in its three official sections. The recipient's full СНИЛС and representative are
     * printed only for whoever may read the consumer's personal data — such a print is audited as a view of them.
     */
    public ru.socorder.service.reporting.PrintedForm print(String number) {
        Certificate c = get(number);
        CertificateSheet sheet = sheet(c);
        byte[] pdf = reports.print(CertificatePrinter.parts(sheet), ru.socorder.service.reporting.PrintFormat.PDF);
        return new ru.socorder.service.reporting.PrintedForm("certificate-" + c.getNumber().value() + ".pdf", "application/pdf", pdf);
    }

    /** The extract from the registry of recipients for one certificate (PDF), as of today; audited like the print. */
    public ru.socorder.service.reporting.PrintedForm extract(String number) {
        Certificate c = get(number);
        CertificateSheet sheet = sheet(c);
        byte[] pdf = reports.print(CertificatePrinter.extract(sheet, java.time.LocalDate.now(clock)),
                ru.socorder.service.reporting.PrintFormat.PDF);
        return new ru.socorder.service.reporting.PrintedForm("extract-" + c.getNumber().value() + ".pdf", "application/pdf", pdf);
    }

    private CertificateSheet sheet(Certificate c) {
        Caller caller = currentUser.get();
        var consumer = c.getConsumer();
        boolean personal = caller.can(Rights.Action.READ, consumer);
        Balance b = ledger.balance(c);
        List<CertificateSheet.Contract> contracts = em.createQuery("select k from ConsumerContract k join fetch k.executor "
                        + "join fetch k.programme where k.certificate.id = :c order by k.concludedOn, k.id",
                ru.socorder.model.certificate.ConsumerContract.class).setParameter("c", c.getId()).getResultList().stream()
                .map(k -> new CertificateSheet.Contract(k.getNumber(), k.getConcludedOn(), k.getStartsOn(), k.getEndsOn(),
                        k.getExecutor().getFullName(), k.getExecutor().getInn() == null ? null : k.getExecutor().getInn().toString(),
                        k.getProgramme().getName(), k.getHours(), k.getPrice(), ContractLifecycle.label(k.getStatus()), k.getTerminatedOn()))
                .toList();
        var rep = consumer.getRepresentative();
        CertificateSheet sheet = new CertificateSheet(c.getNumber().formatted(), c.getIssuedOn(), c.getValidFrom(), c.getValidTo(),
                CertificateLifecycle.label(c.getStatus()), c.getAuthority().getFullName(), consumer.getFullName(), consumer.getBirthDate(),
                personal ? (consumer.getSnils() == null ? null : consumer.getSnils().formatted()) : consumer.getMaskedSnils(),
                personal && rep != null ? rep.getFullName() + (rep.getDocument() == null ? "" : ", " + rep.getDocument()) : null,
                c.getService().getRegistryNumber() == null ? "" : c.getService().getRegistryNumber().toString(), c.getService().getName(),
                c.getNominalHours(), c.getNominalAmount(), b.availableHours(), b.availableAmount(), b.hours().consumed(),
                b.amount().consumed(), contracts);
        if (personal) {
            audit.record(ru.socorder.service.audit.AuditEvent.CONSUMER_VIEWED, consumer.getId(), "печать сертификата " + c.getNumber());
        }
        audit.record(ru.socorder.service.audit.AuditEvent.CERTIFICATE_PRINTED, c.getId(), c.getNumber().formatted());
        return sheet;
    }
}
