package ru.socorder.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.registry.RegistryEntries;
import ru.socorder.service.registry.RegistryEntryLifecycle;
import ru.socorder.service.registry.RegistryEntryLifecycle.Action;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** The card of a registry entry: services, status with its basis, history, the extract; the keeper's steps in a dialog. */
@Named("registryEntry")
@ViewScoped
public class RegistryEntryBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private RegistryEntries entries;

    private Long id;
    private RegistryEntry entry;
    private RegistryEntryLifecycle.Actor actor;
    private List<HistoryEntry> history;
    private String action;
    private LocalDate date;
    private String basis;

    public void load() {
        if (id == null) {
            throw new NotFound("Запись реестра не указана");
        }
        if (entry == null) {
            reload();
        }
    }

    private void reload() {
        entry = entries.get(id);
        actor = entries.actor(entry);
        history = entries.history(id);
    }

    public void prepare(String step) {
        action = step;
        date = null;
        basis = null;
    }

    /** The step of the dialog with its date (today when none) and basis; the dialog closes when it worked. */
    public void apply() {
        try {
            entries.transition(id, entry.getVersion(), Action.valueOf(action), date, basis);
            FacesErrors.info(Bundle.text("registry.entry.done." + action));
            reload();
            PrimeFaces.current().ajax().update("main");
            PrimeFaces.current().executeScript("PF('stepDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "stepForm");
        }
    }

    public boolean can(String step) {
        return RegistryEntryLifecycle.TABLE.allows(entry.getStatus(), Action.valueOf(step), actor);
    }

    public String statusText() {
        return RegistryEntryLifecycle.label(entry.getStatus());
    }

    public String actionLabel() {
        return action == null ? "" : RegistryEntryLifecycle.label(Action.valueOf(action));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RegistryEntry getEntry() {
        return entry;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getAction() {
        return action;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
