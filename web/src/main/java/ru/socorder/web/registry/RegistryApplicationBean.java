package ru.socorder.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.registry.InclusionRefusal;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.service.attachment.AttachmentInfo;
import ru.socorder.service.catalog.LicenceDraft;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.registry.ApplicationForm;
import ru.socorder.service.registry.RegistryApplicationLifecycle;
import ru.socorder.service.registry.RegistryApplicationLifecycle.Action;
import ru.socorder.service.registry.RegistryApplications;
import ru.socorder.service.registry.RegistryChecks;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * The card of an application for inclusion: the applicant edits the services and the licence (and attaches its scan)
 * while a draft or returned and submits it; the reviewer sees the automatic checks and takes it into review, includes
 * it, returns it with what to correct or refuses it with a reason from the list and a text (dialogs).
 */
@Named("registryApplication")
@ViewScoped
public class RegistryApplicationBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private RegistryApplications applications;

    @EJB
    private ServiceCatalog serviceCatalog;

    private Long id;
    private RegistryApplication application;
    private RegistryApplicationLifecycle.Actor actor;
    private List<OptionItem> services = new ArrayList<>();
    private LicenceDraft licence = new LicenceDraft();
    private OptionItem newService;
    private List<RegistryChecks.Check> checks;
    private List<HistoryEntry> history;
    private List<AttachmentInfo> files;
    private List<Programme> programmes;
    private String comment;
    private InclusionRefusal reason;

    public void load() {
        if (id == null) {
            throw new NotFound("Заявка не указана");
        }
        if (application == null) {
            reload();
        }
    }

    private void reload() {
        application = applications.get(id);
        actor = applications.actor(application);
        services = new ArrayList<>(application.getServices().stream().map(RegistryApplicationBean::option).toList());
        licence = application.getLicence() == null ? new LicenceDraft() : LicenceDraft.of(application.getLicence());
        checks = actor.reviewer() ? applications.checks(id) : List.of();
        history = applications.history(id);
        files = applications.licenceFiles(id);
        programmes = applications.programmes(id);
    }

    private static OptionItem option(SocialService s) {
        return new OptionItem(s.getId(), s.getRegistryNumber().formatted() + " — " + s.getName());
    }

    public List<OptionItem> completeService(String query) {
        return serviceCatalog.options(application.getAuthority().getTerritory().getId(), query,
                services.stream().map(OptionItem::id).toList());
    }

    public void addService() {
        if (newService == null) {
            FacesErrors.show(new ValidationFailed("newService", Bundle.text("registry.chooseService")), null);
            return;
        }
        services.add(newService);
        newService = null;
    }

    public void removeService(OptionItem s) {
        services.remove(s);
    }

    public void save() {
        if (store()) {
            FacesErrors.info(Bundle.text("registry.saved"));
        }
    }

    private boolean store() {
        try {
            ApplicationForm f = new ApplicationForm();
            f.setServiceIds(services.stream().map(OptionItem::id).toList());
            f.setLicence(licence);
            applications.update(id, application.getVersion(), f);
            reload();
            return true;
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
            return false;
        }
    }

    public void upload(org.primefaces.event.FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            applications.attachLicence(id, file.getFileName(), file.getContent());
            FacesErrors.info(Bundle.text("registry.fileAttached", file.getFileName()));
            files = applications.licenceFiles(id);
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    /** A step of the toolbar (the view asks to confirm first); submitting saves the edits first. */
    public void act(String action) {
        Action a = Action.valueOf(action);
        if (a == Action.SUBMIT && isEditable() && !store()) {
            return;
        }
        step(a, null);
    }

    /** «Вернуть на доработку» or «Отказать» from its dialog (the text, and the reason of a refusal). */
    public void decide(String action) {
        if (step(Action.valueOf(action), "decideForm")) {
            PrimeFaces.current().ajax().update("main");
            PrimeFaces.current().executeScript("PF('decideDialog').hide()");
        }
    }

    /** Prepares the decision dialog of the action: empty text, the reason the first failed check suggests. */
    public void prepare(String action) {
        comment = null;
        reason = Action.valueOf(action) != Action.REFUSE ? null
                : checks.stream().filter(c -> !c.passed() && c.refusal() != null).map(RegistryChecks.Check::refusal).findFirst().orElse(null);
        decideAction = action;
    }

    private String decideAction;

    private boolean step(Action action, String formId) {
        try {
            applications.transition(id, application.getVersion(), action, comment, reason);
            FacesErrors.info(Bundle.text("registry.done." + action.name()));
            comment = null;
            reason = null;
            reload();
            return true;
        } catch (BusinessException e) {
            FacesErrors.show(e, formId);
            return false;
        }
    }

    public boolean can(String action) {
        return RegistryApplicationLifecycle.TABLE.allows(application.getStatus(), Action.valueOf(action), actor);
    }

    public boolean isEditable() {
        return application.isEditable() && actor.applicant();
    }

    public String statusText() {
        return RegistryApplicationLifecycle.label(application.getStatus());
    }

    public String servicesText() {
        return services.isEmpty() ? "—" : String.join("; ", services.stream().map(OptionItem::label).toList());
    }

    public InclusionRefusal[] getReasons() {
        return InclusionRefusal.values();
    }

    public boolean isAllPassed() {
        return RegistryChecks.allPassed(checks);
    }

    public String getDecideAction() {
        return decideAction;
    }

    public boolean isRefusing() {
        return "REFUSE".equals(decideAction);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RegistryApplication getApplication() {
        return application;
    }

    public List<OptionItem> getServices() {
        return services;
    }

    public LicenceDraft getLicence() {
        return licence;
    }

    public OptionItem getNewService() {
        return newService;
    }

    public void setNewService(OptionItem newService) {
        this.newService = newService;
    }

    public List<RegistryChecks.Check> getChecks() {
        return checks;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<AttachmentInfo> getFiles() {
        return files;
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public InclusionRefusal getReason() {
        return reason;
    }

    public void setReason(InclusionRefusal reason) {
        this.reason = reason;
    }

    public boolean isReviewer() {
        return actor.reviewer();
    }
}
