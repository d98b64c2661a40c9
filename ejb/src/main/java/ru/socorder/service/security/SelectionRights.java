package ru.socorder.service.security;

import java.util.Set;
import ru.socorder.model.agreement.Agreement;
import ru.socorder.model.agreement.AgreementSetting;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.ClosingCalendar;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.payment.Invoice;
import ru.socorder.model.payment.PaymentRun;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.model.security.Role;
import ru.socorder.model.usage.ContractUsage;
import ru.socorder.model.usage.UsageMonth;
import ru.socorder.service.security.Rights.Action;
import ru.socorder.service.security.Rights.Target;

/**
 * Who may do what with the records of the selection of executors by social certificate — part of {@link Rights},
 * kept apart because these records have two owners: the authorised body that keeps the registry and issues the
 * certificates, and the executor whose application, programmes, enrolments and contracts they are.
 * <ul>
 * <li><b>Registry application</b> (authority + executor): the executor's users file, edit and withdraw their own;
 * a clerk of the authority files one on the executor's behalf (from paper); the authority's clerks and approvers
 * decide on it (APPROVE: include, refuse, return). Read by the two owners, administrators and observers.</li>
 * <li><b>Registry entry</b> (authority + executor): public to every logged-in user; the authority's clerks and
 * approvers suspend, exclude and re-include (EDIT, APPROVE).</li>
 * <li><b>Programme and its groups</b> (authority + executor): read by everyone (parents choose from them); the
 * executor's users and the authority's clerks create and edit; the authority's clerks and approvers certify, refuse,
 * return, suspend and exclude (APPROVE).</li>
 * <li><b>Normative costs and certificate terms</b> (territory): read by everyone; the administrator and the clerks of
 * the territory's authorities change them.</li>
 * <li><b>Consumer</b> (territory): READ means the full personal data — only the clerks of the territory's authorities
 * (every view is audited by the boundary); lists show everybody else masked data. The same clerks create and
 * edit.</li>
 * <li><b>Certificate application and certificate</b> (authority): read by the authority's staff, administrators and
 * observers; created and changed (withdraw, decide a held one, suspend, revoke) by the authority's clerks — the ЕПГУ
 * and Navigator adapters call the API as a clerk account of the authority.</li>
 * <li><b>Enrolment and contract</b> (authority + executor): read by the authority's staff, the executor's users,
 * administrators and observers; the authority's clerks register a parent's choice (CREATE) and cancel it (EDIT);
 * the executor's users confirm or refuse it (APPROVE); both sides terminate a contract (EDIT) — the clerk on the
 * parent's behalf — and a clerk changes the executor (CREATE of a contract).</li>
 * <li><b>Delivered hours</b> ({@code ContractUsage}, its month {@code UsageMonth}; authority + executor): read by the
 * authority's staff, the executor's users, administrators and observers; the executor's users enter and submit their
 * own executor's hours (CREATE, EDIT — {@code Rights.of(ContractUsage.class, null, executorId)} for a month); the
 * authority's clerks correct a submitted month (APPROVE).</li>
 * <li><b>Payment run and its invoices</b> (the run: authority; an invoice: authority + executor): a run is read by the
 * authority's staff, administrators and observers, started (CREATE, EDIT) by the authority's clerks and the
 * administrator (a technical re-run), approved only by the authority's approver (its head); an invoice is also read by
 * the executor's users; nobody writes invoices but the run.</li>
 * <li><b>Agreement</b> (authority + executor): read by the authority's staff, the executor's users, administrators and
 * observers; the authority's clerks create, edit, send, amend, close and terminate (CREATE, EDIT); who signs which
 * side is the lifecycle's rule ({@code AgreementLifecycle}: the executor's user, then the authority's approver).</li>
 * <li><b>Payment settings</b> ({@code AgreementSetting}: advance share, pay working day; authority): read by the
 * authority's staff, administrators and observers; changed (CREATE, EDIT) by the administrator and the authority's
 * approver (its head) — the clerk reads them.</li>
 * </ul>
 */
final class SelectionRights {
    static final String OTHER_EXECUTOR = "Данные другого исполнителя недоступны";
    static final String REGISTRY_DECIDERS = "Решение по реестру принимают специалисты и руководители уполномоченного органа, ведущего реестр";
    static final String APPLICANT = "Заявку подаёт и изменяет исполнитель или специалист уполномоченного органа от его имени";
    static final String PROGRAMME_EDITORS = "Программу изменяют исполнитель и специалисты уполномоченного органа";
    static final String SETTINGS_EDITORS = "Нормативы и параметры сертификата изменяют администратор и специалисты уполномоченных органов территории";
    static final String PERSONAL_DATA = "Персональные данные получателя доступны только специалистам уполномоченного органа его территории";
    static final String CERTIFICATE_CLERKS = "Сертификатами занимаются специалисты уполномоченного органа, выдавшего сертификат";
    static final String EXECUTOR_ANSWERS = "Отвечает на запись только исполнитель, к которому записан ребёнок";
    static final String CONTRACT_PARTIES = "Договор расторгают исполнитель или специалист уполномоченного органа";
    static final String YEAR_CLOSERS = "Год закрывают администратор и специалисты уполномоченных органов территории";
    static final String YEAR_READERS = "Закрытие года видят администратор, наблюдатели и сотрудники уполномоченных органов территории";

    private static final Set<Class<?>> TYPES = Set.of(RegistryApplication.class, RegistryEntry.class, Programme.class,
            ProgrammeGroup.class, ServiceNormative.class, CertificateTerms.class, Consumer.class, CertificateApplication.class,
            Certificate.class, Enrolment.class, ConsumerContract.class, ClosingCalendar.class, ContractUsage.class, Agreement.class,
            PaymentRun.class, Invoice.class, AgreementSetting.class);
    static final String USAGE_ENTRY = "Оказанные услуги вносит и отправляет исполнитель по своим договорам";
    static final String USAGE_CORRECTION = "Отправленные часы исправляет специалист уполномоченного органа, выдавшего сертификат";
    static final String PAYMENT_CLERKS = "Рассчитывает оплату специалист уполномоченного органа";
    static final String PAYMENT_APPROVERS = "Утверждает оплату руководитель уполномоченного органа";
    static final String PAYMENT_READERS = "Расчёт оплаты видят сотрудники уполномоченного органа, администратор и наблюдатели";
    static final String PAYMENT_SETTINGS_EDITORS = "Настройки оплаты изменяют администратор и руководитель уполномоченного органа";
    static final String AGREEMENT_CLERKS = "Соглашения готовят и изменяют специалисты уполномоченного органа — стороны соглашения";

    private SelectionRights() {
    }

    static boolean covers(Class<?> type) {
        return TYPES.contains(type);
    }

    /** The owners of an entity of the selection area, or null for any other record. */
    static Target target(Object record) {
        if (record instanceof RegistryApplication a) {
            return Rights.of(RegistryApplication.class, a.getAuthority().getId(), a.getExecutor().getId());
        }
        if (record instanceof RegistryEntry e) {
            return Rights.of(RegistryEntry.class, e.getAuthority().getId(), e.getExecutor().getId());
        }
        if (record instanceof Programme p) {
            return Rights.of(Programme.class, p.getAuthority().getId(), p.getExecutor().getId());
        }
        if (record instanceof ProgrammeGroup g) {
            return Rights.of(Programme.class, g.getProgramme().getAuthority().getId(), g.getProgramme().getExecutor().getId());
        }
        if (record instanceof ServiceNormative n) {
            return Rights.of(ServiceNormative.class, n.getService().getTerritory().getId(), null);
        }
        if (record instanceof CertificateTerms t) {
            return Rights.of(CertificateTerms.class, t.getTerritory().getId(), null);
        }
        if (record instanceof Consumer c) {
            return Rights.of(Consumer.class, c.getTerritory().getId(), null);
        }
        if (record instanceof CertificateApplication a) {
            return Rights.of(CertificateApplication.class, a.getAuthority().getId(), null);
        }
        if (record instanceof Certificate c) {
            return Rights.of(Certificate.class, c.getAuthority().getId(), null);
        }
        if (record instanceof Enrolment e) {
            return Rights.of(Enrolment.class, e.getAuthority().getId(), e.getExecutor().getId());
        }
        if (record instanceof ClosingCalendar y) {
            return Rights.of(ClosingCalendar.class, y.getTerritory().getId(), null);
        }
        if (record instanceof ConsumerContract k) {
            return Rights.of(ConsumerContract.class, k.getAuthority().getId(), k.getExecutor().getId());
        }
        if (record instanceof ContractUsage u) {
            return Rights.of(ContractUsage.class, u.getAuthority().getId(), u.getExecutor().getId());
        }
        if (record instanceof UsageMonth m) {
            return Rights.of(ContractUsage.class, m.getAuthority().getId(), m.getExecutor().getId());
        }
        if (record instanceof PaymentRun r) {
            return Rights.of(PaymentRun.class, r.getAuthorityId());
        }
        if (record instanceof Invoice i) {
            return Rights.of(Invoice.class, i.getAuthorityId(), i.getExecutorId());
        }
        if (record instanceof AgreementSetting s) {
            return Rights.of(AgreementSetting.class, s.getAuthorityId());
        }
        if (record instanceof Agreement a) {
            return Rights.of(Agreement.class, a.getAuthority().getId(), a.getExecutor().getId());
        }
        return null;
    }

    static String refusal(Caller c, Action action, Target t) {
        Class<?> type = t.type();
        boolean staff = t.owner() != null && t.owner().equals(c.authorityId())
                && (c.has(Role.AUTHORITY_CLERK) || c.has(Role.APPROVER));
        boolean clerk = t.owner() != null && t.owner().equals(c.authorityId()) && c.has(Role.AUTHORITY_CLERK);
        boolean executor = t.executor() != null && t.executor().equals(c.executorId()) && c.has(Role.EXECUTOR);
        boolean overseer = c.isAdmin() || c.has(Role.OBSERVER);
        if (type == RegistryApplication.class) {
            return switch (action) {
                case READ -> overseer || staff || executor ? null : OTHER_EXECUTOR;
                case CREATE, EDIT, DELETE -> executor || clerk ? null : APPLICANT;
                case APPROVE -> staff ? null : REGISTRY_DECIDERS;
            };
        }
        if (type == RegistryEntry.class) {
            return switch (action) {
                case READ -> null;
                case CREATE, EDIT, APPROVE -> staff ? null : REGISTRY_DECIDERS;
                case DELETE -> REGISTRY_DECIDERS;
            };
        }
        if (type == Programme.class || type == ProgrammeGroup.class) {
            return switch (action) {
                case READ -> null;
                case CREATE, EDIT, DELETE -> executor || clerk ? null : PROGRAMME_EDITORS;
                case APPROVE -> staff ? null : REGISTRY_DECIDERS;
            };
        }
        boolean territoryClerk = t.owner() != null && t.owner().equals(c.authorityTerritoryId()) && c.has(Role.AUTHORITY_CLERK);
        if (type == ServiceNormative.class || type == CertificateTerms.class) {
            return action == Action.READ || c.isAdmin() || territoryClerk ? null : SETTINGS_EDITORS;
        }
        if (type == ClosingCalendar.class) {
            boolean territoryStaff = t.owner() != null && t.owner().equals(c.authorityTerritoryId())
                    && (c.has(Role.AUTHORITY_CLERK) || c.has(Role.APPROVER));
            return action == Action.READ ? overseer || territoryStaff ? null : YEAR_READERS
                    : c.isAdmin() || territoryClerk ? null : YEAR_CLOSERS;
        }
        if (type == Consumer.class) {
            return territoryClerk ? null : PERSONAL_DATA;
        }
        if (type == CertificateApplication.class || type == Certificate.class) {
            return switch (action) {
                case READ -> overseer || staff ? null : Rights.OTHER_AUTHORITY;
                case CREATE, EDIT, DELETE, APPROVE -> clerk ? null : CERTIFICATE_CLERKS;
            };
        }
        if (type == ContractUsage.class) {
            boolean ownExecutor = c.has(Role.EXECUTOR) && c.executorId() != null
                    && (t.executor() == null || t.executor().equals(c.executorId()));
            return switch (action) {
                case READ -> overseer || staff || executor ? null : OTHER_EXECUTOR;
                case CREATE, EDIT -> ownExecutor ? null : USAGE_ENTRY;
                case APPROVE -> clerk ? null : USAGE_CORRECTION;
                case DELETE -> USAGE_ENTRY;
            };
        }
        if (type == PaymentRun.class) { // the month's run of an authority: computed by its clerks, approved by its head
            boolean approver = t.owner() != null && t.owner().equals(c.authorityId()) && c.has(Role.APPROVER);
            return switch (action) {
                case READ -> overseer || staff ? null : PAYMENT_READERS;
                case CREATE, EDIT -> c.isAdmin() || clerk ? null : PAYMENT_CLERKS;
                case APPROVE -> approver ? null : PAYMENT_APPROVERS;
                case DELETE -> PAYMENT_CLERKS;
            };
        }
        if (type == AgreementSetting.class) { // an authority's payment settings: its head or the administrator change them
            boolean head = t.owner() != null && t.owner().equals(c.authorityId()) && c.has(Role.APPROVER);
            return switch (action) {
                case READ -> overseer || staff ? null : PAYMENT_READERS;
                case CREATE, EDIT -> c.isAdmin() || head ? null : PAYMENT_SETTINGS_EDITORS;
                case APPROVE, DELETE -> PAYMENT_SETTINGS_EDITORS;
            };
        }
        if (type == Invoice.class) { // read only: written by the run
            return action == Action.READ ? overseer || staff || executor ? null : OTHER_EXECUTOR : PAYMENT_CLERKS;
        }
        if (type == Agreement.class) {
            return switch (action) {
                case READ -> overseer || staff || executor ? null : OTHER_EXECUTOR;
                case CREATE, EDIT, DELETE -> clerk ? null : AGREEMENT_CLERKS;
                case APPROVE -> staff ? null : AGREEMENT_CLERKS;
            };
        }
        // Enrolment, ConsumerContract
        return switch (action) {
            case READ -> overseer || staff || executor ? null : OTHER_EXECUTOR;
            case CREATE -> clerk || (type == ConsumerContract.class && executor) ? null : CERTIFICATE_CLERKS;
            case EDIT -> clerk || (type == ConsumerContract.class && executor) ? null
                    : type == ConsumerContract.class ? CONTRACT_PARTIES : CERTIFICATE_CLERKS;
            case APPROVE -> executor ? null : EXECUTOR_ANSWERS;
            case DELETE -> CERTIFICATE_CLERKS;
        };
    }
}
