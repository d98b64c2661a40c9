package ru.socorder.service.reporting;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ru.socorder.model.reporting.PrintTemplate;
import ru.socorder.model.security.Role;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.FileNames;
import ru.socorder.service.security.CurrentUser;

/**
 * «Шаблоны печатных форм»: the administrator replaces the template of a printed form (the typical forms are approved
 * locally, e.g. the agreement's by the financial body) and reverts to the shipped one. A replacement is accepted only
 * when {@link TemplateCheck} compiles it, finds every parameter and field of the shipped template and prints it with
 * sample data; {@link ReportEngine} then prints with it. Every change is audited. Administrators only.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class PrintTemplates {
    /** The printed forms whose templates may be replaced: name (the shipped template's path) and Russian title. */
    public static final List<Form> FORMS = List.of(
            new Form("agreement/agreement", "Соглашение с исполнителем услуг"),
            new Form("order/general", "Социальный заказ: общие сведения"),
            new Form("order/volumes", "Социальный заказ: объёмы услуг"),
            new Form("order/quality", "Социальный заказ: показатели качества"),
            new Form("order/actuals", "Отчёт об исполнении социального заказа"),
            new Form("decision/text", "Текстовое приложение к решению, сертификат"),
            new Form("decision/protocol", "Протокол заседания рабочей группы"),
            new Form("registry/entry", "Выписка из реестра исполнителей"),
            new Form("registry/registry", "Реестр исполнителей услуг"));

    private static final int NAME_LENGTH = 300;

    public record Form(String name, String title) implements Serializable {
    }

    /** A form with the state of its template. */
    public record TemplateInfo(String name, String title, boolean replaced, String fileName, String uploadedBy, Instant uploadedAt)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private ReportEngine engine;

    public List<TemplateInfo> list() {
        currentUser.get().require(Role.ADMIN);
        return FORMS.stream().map(this::info).toList();
    }

    public TemplateInfo get(String name) {
        currentUser.get().require(Role.ADMIN);
        return info(form(name));
    }

    /** The template as shipped with the application. */
    public byte[] shipped(String name) {
        currentUser.get().require(Role.ADMIN);
        return ReportEngine.shipped(form(name).name());
    }

    /** The template that prints now: the replacement, or the shipped one. */
    public byte[] current(String name) {
        currentUser.get().require(Role.ADMIN);
        PrintTemplate t = em.find(PrintTemplate.class, form(name).name());
        return t == null ? ReportEngine.shipped(name) : t.getContent();
    }

    /**
     * Replaces the form's template.
     *
     * @throws ValidationFailed ({@code file}) the file does not compile, lacks a parameter or field of the shipped
     *                          template, or cannot print sample data — the message says which
     */
    public TemplateInfo replace(String name, String fileName, byte[] content) {
        currentUser.get().require(Role.ADMIN);
        Form form = form(name);
        String clean = FileNames.clean("file", fileName, NAME_LENGTH);
        if (!clean.toLowerCase().endsWith(".jrxml")) {
            throw new ValidationFailed("file", "Загрузите шаблон JasperReports — файл .jrxml");
        }
        if (content == null || content.length == 0) {
            throw new ValidationFailed("file", "Файл пуст");
        }
        TemplateCheck.check(ReportEngine.shipped(form.name()), content);
        PrintTemplate t = em.find(PrintTemplate.class, form.name());
        Instant now = clock.instant();
        if (t == null) {
            em.persist(new PrintTemplate(form.name(), clean, content, currentUser.get().login(), now));
        } else {
            t.replace(clean, content, currentUser.get().login(), now);
        }
        em.flush();
        engine.forget(form.name());
        audit.record(AuditEvent.PRINT_TEMPLATE_REPLACED, RecordKind.PRINT_TEMPLATE, null, form.name() + ": " + clean + ", "
                + content.length + " байт");
        return info(form);
    }

    /** Prints with the shipped template again. */
    public TemplateInfo revert(String name) {
        currentUser.get().require(Role.ADMIN);
        Form form = form(name);
        PrintTemplate t = em.find(PrintTemplate.class, form.name());
        if (t != null) {
            em.remove(t);
            em.flush();
            engine.forget(form.name());
            audit.record(AuditEvent.PRINT_TEMPLATE_REVERTED, RecordKind.PRINT_TEMPLATE, null, form.name());
        }
        return info(form);
    }

    private TemplateInfo info(Form f) {
        PrintTemplate t = em.find(PrintTemplate.class, f.name());
        return t == null ? new TemplateInfo(f.name(), f.title(), false, null, null, null)
                : new TemplateInfo(f.name(), f.title(), true, t.getFileName(), t.getUploadedBy(), t.getUploadedAt());
    }

    private static Form form(String name) {
        return FORMS.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("Печатная форма «" + name + "» не найдена"));
    }
}
