package ru.socorder.web.certificate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.certificate.ApplicationAnswer;
import ru.socorder.service.certificate.ApplicationForm;
import ru.socorder.service.certificate.CertificateApplicationLifecycle;
import ru.socorder.service.certificate.CertificateApplications;
import ru.socorder.service.certificate.ConsumerRow;
import ru.socorder.service.certificate.Consumers;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/**
 * Заявления и очередь: the applications of the clerk's authority with their state, reason and place in the queue;
 * a new application from the clerk's screen (the dialog gets an Idempotency-Key of its own when opened, so a double
 * click or a repeated submit makes one application); withdrawal.
 */
@Named("applications")
@ViewScoped
public class ApplicationsBean extends ListBean<ApplicationAnswer> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateApplications applications;

    @EJB
    private Consumers consumers;

    @EJB
    private ServiceCatalog services;

    @Inject
    private CurrentUser currentUser;

    private boolean queuedOnly;
    private String key;
    private ConsumerRow consumer;
    private OptionItem service;
    private LocalDate startsOn;
    private ApplicationAnswer answer;
    private String comment;

    @Override
    protected PagedModel<ApplicationAnswer> createModel() {
        CertificateApplications service = applications;
        return new PagedModel<>(r -> service.list(r, queuedOnly ? CertificateApplicationStatus.QUEUED : null, null, null), ApplicationAnswer::id);
    }

    @Override
    protected List<TableWriter.Column<ApplicationAnswer>> exportColumns() {
        return List.of(new TableWriter.Column<ApplicationAnswer>("№", ApplicationAnswer::id),
                new TableWriter.Column<ApplicationAnswer>("Получатель", ApplicationAnswer::consumerName),
                new TableWriter.Column<ApplicationAnswer>("Услуга", ApplicationAnswer::serviceNumber),
                new TableWriter.Column<ApplicationAnswer>("Состояние", ApplicationAnswer::statusLabel),
                new TableWriter.Column<ApplicationAnswer>("Место в очереди", ApplicationAnswer::queuePosition),
                new TableWriter.Column<ApplicationAnswer>("Причина отказа", ApplicationAnswer::reasonText),
                new TableWriter.Column<ApplicationAnswer>("Сертификат", ApplicationAnswer::certificateNumber));
    }

    @Override
    protected String exportName() {
        return "certificate-applications";
    }

    /** Opens the dialog of a new application with a fresh key. */
    public void startNew() {
        key = "screen-" + UUID.randomUUID();
        consumer = null;
        service = null;
        startsOn = null;
        answer = null;
    }

    public void submit() {
        try {
            ApplicationForm f = new ApplicationForm();
            f.setConsumerId(consumer == null ? null : consumer.id());
            f.setServiceId(service == null ? null : service.id());
            f.setStartsOn(startsOn);
            f.setChannel("CLERK");
            answer = applications.apply(key, f);
            FacesErrors.info("Заявление № " + answer.id() + ": " + answer.statusLabel()
                    + (answer.certificateNumber() != null ? ", сертификат " + answer.certificateNumber() : "")
                    + (answer.queuePosition() != null ? ", место в очереди " + answer.queuePosition() : "")
                    + (answer.reasonText() != null ? " — " + answer.reasonText() : ""));
        } catch (BusinessException e) {
            FacesErrors.show(e, "newForm");
        }
    }

    public void withdraw(ApplicationAnswer a) {
        try {
            applications.transition(a.id(), a.version(), CertificateApplicationLifecycle.Action.WITHDRAW, comment);
            comment = null;
            FacesErrors.info("Заявление № " + a.id() + " отозвано");
        } catch (BusinessException e) {
            FacesErrors.show(e, "listForm");
        }
    }

    public boolean canWithdraw(ApplicationAnswer a) {
        return a.status() == CertificateApplicationStatus.QUEUED || a.status() == CertificateApplicationStatus.RECEIVED
                || a.status() == CertificateApplicationStatus.HELD;
    }

    public List<ConsumerRow> completeConsumer(String query) {
        return consumers.list(new PageRequest(0, 20, null, true, query), null).items();
    }

    public List<OptionItem> completeService(String query) {
        Long territory = currentUser.get().authorityTerritoryId();
        return territory == null ? List.of() : services.options(territory, query, List.of());
    }

    public boolean isQueuedOnly() {
        return queuedOnly;
    }

    public void setQueuedOnly(boolean queuedOnly) {
        this.queuedOnly = queuedOnly;
    }

    public ConsumerRow getConsumer() {
        return consumer;
    }

    public void setConsumer(ConsumerRow consumer) {
        this.consumer = consumer;
    }

    public OptionItem getService() {
        return service;
    }

    public void setService(OptionItem service) {
        this.service = service;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public ApplicationAnswer getAnswer() {
        return answer;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
