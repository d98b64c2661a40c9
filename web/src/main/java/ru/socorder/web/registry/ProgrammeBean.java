package ru.socorder.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.socorder.model.registry.Orientation;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeForm;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.registry.GroupForm;
import ru.socorder.service.registry.ProgrammeDraft;
import ru.socorder.service.registry.ProgrammeLifecycle;
import ru.socorder.service.registry.ProgrammeLifecycle.Action;
import ru.socorder.service.registry.Programmes;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ShellBean;

/**
 * The card of a programme: its data (editable by the executor or a clerk while a draft or returned), the groups
 * (added, changed and deleted in a dialog; places are taken by enrolments only), the steps (a comment in a dialog where
 * the lifecycle needs one) and the history. Without {@code id} the card makes a new programme.
 */
@Named("programme")
@ViewScoped
public class ProgrammeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Programmes programmes;

    @EJB
    private ServiceCatalog serviceCatalog;

    @EJB
    private CatalogService catalog;

    @Inject
    private ShellBean shell;

    private Long id;
    private Programme programme;
    private ProgrammeLifecycle.Actor actor;
    private ProgrammeDraft draft = new ProgrammeDraft();
    private OptionItem service;
    private String addresses;
    private List<ProgrammeGroup> groups = List.of();
    private List<HistoryEntry> history = List.of();
    private GroupForm group = new GroupForm();
    private Long groupId;
    private long groupVersion;
    private String action;
    private String comment;
    private List<OptionItem> authorities;
    private List<OptionItem> executors;

    public void load() {
        if (id != null && programme == null) {
            reload();
        }
    }

    private void reload() {
        programme = programmes.get(id);
        actor = programmes.actor(programme);
        groups = programmes.groups(id);
        history = programmes.history(id);
        draft = new ProgrammeDraft();
        draft.setServiceId(programme.getService().getId());
        draft.setName(programme.getName());
        draft.setOrientation(programme.getOrientation());
        draft.setForm(programme.getForm());
        draft.setAgeFrom(programme.getAgeFrom());
        draft.setAgeTo(programme.getAgeTo());
        draft.setDurationMonths(programme.getDurationMonths());
        draft.setHours(programme.getHours());
        draft.setCapacity(programme.getCapacity());
        draft.setDescription(programme.getDescription());
        service = new OptionItem(programme.getService().getId(), programme.getService().getRegistryNumber().formatted() + " — "
                + programme.getService().getName());
        addresses = String.join("\n", programme.getAddresses());
    }

    public List<OptionItem> completeService(String query) {
        Long territory = programme != null ? programme.getAuthority().getTerritory().getId() : shell.getCaller().authorityTerritoryId();
        if (territory == null && draft.getAuthorityId() != null) {
            territory = programmes.territoryOf(draft.getAuthorityId());
        }
        return territory == null ? List.of() : serviceCatalog.options(territory, query, List.of());
    }

    /** Creates (a new card) or saves the programme. */
    public String save() {
        try {
            draft.setServiceId(service == null ? null : service.id());
            List<String> lines = new ArrayList<>();
            if (addresses != null) {
                addresses.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
            }
            draft.setAddresses(lines);
            if (programme == null) {
                Programme created = programmes.create(draft);
                return "/registry/programme?faces-redirect=true&id=" + created.getId();
            }
            programmes.update(id, programme.getVersion(), draft);
            FacesErrors.info(Bundle.text("registry.saved"));
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
        return null;
    }

    public void prepareStep(String step) {
        action = step;
        comment = null;
    }

    public void step() {
        try {
            programmes.transition(id, programme.getVersion(), Action.valueOf(action), comment);
            FacesErrors.info(Bundle.text("registry.programme.done", actionLabel()));
            reload();
            PrimeFaces.current().ajax().update("main");
            PrimeFaces.current().executeScript("PF('stepDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "stepForm");
        }
    }

    public void newGroup() {
        group = new GroupForm();
        groupId = null;
    }

    public void editGroup(ProgrammeGroup g) {
        group = new GroupForm();
        group.setName(g.getName());
        group.setStartsOn(g.getStartsOn());
        group.setEndsOn(g.getEndsOn());
        group.setCapacity(g.getCapacity());
        group.setSchedule(g.getSchedule());
        groupId = g.getId();
        groupVersion = g.getVersion();
    }

    public void saveGroup() {
        try {
            if (groupId == null) {
                programmes.addGroup(id, group);
            } else {
                programmes.updateGroup(id, groupId, groupVersion, group);
            }
            FacesErrors.info(Bundle.text("registry.saved"));
            reload();
            PrimeFaces.current().ajax().update("main");
            PrimeFaces.current().executeScript("PF('groupDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "groupForm");
        }
    }

    public void deleteGroup(ProgrammeGroup g) {
        try {
            programmes.deleteGroup(id, g.getId(), g.getVersion());
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public boolean can(String step) {
        return ProgrammeLifecycle.TABLE.allows(programme.getStatus(), Action.valueOf(step), actor);
    }

    /** A new card, or a draft/returned programme of an editor. */
    public boolean isEditable() {
        return programme == null ? isCreator() : programme.isEditable() && actor.owner();
    }

    public boolean isGroupsEditable() {
        return programme != null && actor.owner() && !List.of("REFUSED", "EXCLUDED", "WITHDRAWN").contains(programme.getStatus().name());
    }

    private boolean isCreator() {
        return shell.getCaller().executorId() != null || shell.getCaller().authorityId() != null;
    }

    public boolean isChooseAuthority() {
        return programme == null && shell.getCaller().executorId() != null;
    }

    public boolean isChooseExecutor() {
        return programme == null && shell.getCaller().executorId() == null;
    }

    public String statusText() {
        return programme == null ? Bundle.text("registry.programme.new") : ProgrammeLifecycle.label(programme.getStatus());
    }

    public String actionLabel() {
        return action == null ? "" : actionLabel(Action.valueOf(action));
    }

    public String actionLabel(Action a) {
        String label = ProgrammeLifecycle.label(a);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public String price() {
        return programme == null || programme.getPrice() == null ? "—"
                : ru.socorder.model.common.RussianText.amount(ru.socorder.service.registry.ProgrammePricing.legalTotal(programme.getPrice()))
                + " руб. (" + ru.socorder.model.common.RussianText.number(programme.getNormativeCost()) + " руб./чел.-ч × "
                + ru.socorder.model.common.RussianText.number(programme.getHours()) + " ч)";
    }

    public Orientation[] getOrientations() {
        return Orientation.values();
    }

    public ProgrammeForm[] getForms() {
        return ProgrammeForm.values();
    }

    public List<Action> getSteps() {
        return List.of(Action.values());
    }

    public List<OptionItem> getAuthorities() {
        if (authorities == null) {
            authorities = catalog.authorityOptions();
        }
        return authorities;
    }

    public List<OptionItem> getExecutors() {
        if (executors == null) {
            executors = catalog.executorOptions();
        }
        return executors;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public ProgrammeDraft getDraft() {
        return draft;
    }

    public OptionItem getService() {
        return service;
    }

    public void setService(OptionItem service) {
        this.service = service;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public List<ProgrammeGroup> getGroups() {
        return groups;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public GroupForm getGroup() {
        return group;
    }

    public String getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public BigDecimal getHours() {
        return draft.getHours();
    }
}
