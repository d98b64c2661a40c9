package ru.socorder.web.order;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import java.math.BigDecimal;
import java.util.List;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.order.OrderFormationService;
import ru.socorder.service.order.OrderLifecycle;
import ru.socorder.service.order.OrderScreen;
import ru.socorder.service.order.OrderSheet;
import ru.socorder.service.order.VersionDiff;
import ru.socorder.service.order.VolumeSplit;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * Социальный заказ: one version — the header, the lines (add, remove, line data), volumes line × year with the split
 * by method and the sum rule per cell, quality indicators with permitted deviations, workflow, copy to the next year,
 * versions and the difference to any other version. The edits are the {@link OrderEditor}'s ({@code #{order.editor…}})
 * and stay in the view until «Сохранить»; this bean reads and saves through the boundary, runs the workflow and shows
 * the messages; a stale version is refused and the clerk may reload.
 */
@Named("order")
@ViewScoped
public class OrderBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private OrderFormationService orders;

    @EJB
    private ServiceCatalog serviceCatalog;

    private Long id;
    private SocialOrder order;
    private OrderLifecycle.Actor actor;
    private OrderScreen screen;
    private List<SocialOrder> versions;
    private List<HistoryEntry> history;
    private List<OrderSheet.Period> periods;
    private Long compareWith;
    private List<VersionDiff.Change> diff = List.of();
    private String comment;
    private boolean stale;
    private OrderEditor editor;
    private OptionItem newService;

    public void load() {
        if (id == null) {
            throw new NotFound("Социальный заказ не указан");
        }
        if (order == null) {
            reload();
        }
    }

    /** Reads the version again, dropping unsaved edits (also after a concurrent change). */
    public void reload() {
        screen = orders.screen(id, compareWith);
        order = screen.order();
        history = screen.history();
        actor = screen.actor();
        editor = OrderEditor.of(order);
        periods = OrderSheet.periods(order);
        versions = screen.versions();
        compareWith = screen.comparedWith();
        diff = screen.diff();
        stale = false;
    }

    public void compare() {
        diff = compareWith == null ? List.of() : orders.diff(compareWith, order.getId());
    }

    public void save() {
        if (store()) {
            FacesErrors.info(Bundle.text("order.saved"));
            reload();
        }
    }

    /**
     * Saves what the clerk sees under the same checks as «Сохранить»; false (with the messages shown) when the
     * checks or a concurrent change refuse it. Every workflow step on an editable draft saves first, so a step never
     * submits anything other than what is on the screen, and stops when the save is refused.
     */
    private boolean store() {
        try {
            order = orders.update(order.getId(), order.getVersion(), editor.toForm());
            return true;
        } catch (ValidationFailed e) {
            editor.refused(e.errors());
            FacesErrors.show(e, null);
        } catch (BusinessException e) {
            stale = e instanceof Conflict c && c.isStaleVersion();
            FacesErrors.show(e, null);
        }
        return false;
    }

    /** Saves the screen's edits before a step that leaves the draft; false, with a note, when they were refused. */
    private boolean storeBeforeStep() {
        if (!isEditable()) {
            return true;
        }
        if (store()) {
            reload();
            return true;
        }
        FacesErrors.show(new Conflict(Bundle.text("order.notSavedStepStopped")), null);
        return false;
    }

    /** Adds the chosen service as a new line with zero volumes in every period, provided in the authority's territory. */
    public void addLine() {
        if (newService == null) {
            FacesErrors.show(new ValidationFailed("newService", Bundle.text("order.chooseService")), null);
            return;
        }
        editor.addLine(serviceCatalog.get(newService.id()), order.getAuthority().getTerritory().getName());
        newService = null;
    }

    /** Adds the catalogue quality indicator chosen on the line for every period. */
    public void addQuality(LineEdit e) {
        editor.addQuality(e, this::service);
    }

    private SocialService service(long id) {
        return serviceCatalog.get(id);
    }

    /**
     * A workflow step of the toolbar (the view asks to confirm first); amending opens the new version.
     *
     * @return the new version's page after an amendment, else null (the screen is read again)
     */
    public String act(String action) {
        SocialOrder result = step(OrderLifecycle.Action.valueOf(action), null);
        if (result != null && !result.getId().equals(order.getId())) {
            return "/order/order?faces-redirect=true&id=" + result.getId();
        }
        if (result != null) {
            reload();
        }
        return null;
    }

    /**
     * «Вернуть на доработку» from its dialog with the reason (required by the lifecycle): the dialog closes and the card
     * is read again when the order went back, and stays open with the refusal otherwise.
     */
    public void returnWithReason() {
        if (step(OrderLifecycle.Action.RETURN, "returnForm") != null) {
            reload();
            PrimeFaces.current().ajax().update("main");
            PrimeFaces.current().executeScript("PF('returnDialog').hide()");
        }
    }

    /** Prepares the return dialog: an empty reason. */
    public void prepareReturn() {
        comment = null;
    }

    /** Saves the screen's edits first (a draft), then takes the step; the result, or null when refused (shown). */
    private SocialOrder step(OrderLifecycle.Action action, String formId) {
        if (!storeBeforeStep()) {
            return null;
        }
        try {
            SocialOrder result = orders.transition(order.getId(), order.getVersion(), action, comment);
            comment = null;
            FacesErrors.info(action == OrderLifecycle.Action.AMEND ? Bundle.text("order.done.AMEND", String.valueOf(result.getVersionNumber()))
                    : Bundle.text("order.done." + action.name()));
            return result;
        } catch (BusinessException e) {
            stale = e instanceof Conflict c && c.isStaleVersion();
            FacesErrors.show(e, formId);
            return null;
        }
    }

    /** Copies this order into a first draft for the next financial year and opens it. */
    public String copyToNextYear() {
        if (!storeBeforeStep()) {
            return null;
        }
        try {
            SocialOrder copy = orders.copyToNextYear(order.getId());
            FacesErrors.info(Bundle.text("order.copied", String.valueOf(copy.getFiscalYear())));
            return "/order/order?faces-redirect=true&id=" + copy.getId();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
            return null;
        }
    }

    /** Whether the toolbar offers the step: allowed to the caller now, an amendment only on the newest version. */
    public boolean can(String action) {
        return screen.offers(OrderLifecycle.Action.valueOf(action));
    }

    /** The newest version when this one is older (the toolbar links to it instead of offering an amendment), or null. */
    public SocialOrder getLaterVersion() {
        return screen.laterVersion();
    }

    /** The approver's return of this draft (who, when, why), shown at the top of the card until it is sent again; or null. */
    public HistoryEntry getReturned() {
        return screen.returned();
    }

    /** When the draft was returned, as the note at the top says it. */
    public String getReturnedAt() {
        HistoryEntry r = getReturned();
        return r == null ? "" : ru.socorder.web.format.InstantConverter.format(r.at());
    }

    public boolean isEditable() {
        return OrderLifecycle.editable(order.getStatus()) && actor.clerkOfAuthority();
    }

    public boolean isClerk() {
        return actor.clerkOfAuthority();
    }

    public boolean isExportable() {
        return order.getStatus() == OrderStatus.APPROVED || order.getStatus() == OrderStatus.PUBLISHED;
    }

    /** Planned money per period and method (normative cost × volume), see {@link OrderEditor#money}. */
    public List<String[]> getMoney() {
        return editor.money(this::service);
    }

    /** Some service of the order has no normative cost: the planned money leaves it out. */
    public boolean isMoneyIncomplete() {
        return editor.moneyIncomplete(this::service);
    }

    /** A volume as the form prints it: «72 700», «12,5». */
    public String plain(BigDecimal v) {
        return v == null ? "" : VolumeSplit.plain(v);
    }

    public String statusText() {
        return OrderLifecycle.label(order.getStatus());
    }

    public String statusText(OrderStatus s) {
        return OrderLifecycle.label(s);
    }

    /** The steps of this version for the history table (the shared history include); read with the order. */
    public List<HistoryEntry> getHistory() {
        return history;
    }

    /** Periods of the order as the form titles them (as saved). */
    public List<OrderSheet.Period> getPeriods() {
        return periods;
    }

    /** Services of the territory not yet in the order (a service has one line) for the text typed in the picker. */
    public List<OptionItem> completeService(String query) {
        return serviceCatalog.options(order.getAuthority().getTerritory().getId(), query, editor.serviceIds());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SocialOrder getOrder() {
        return order;
    }

    /** The edits of this version: header, lines, volumes, quality (the tabs' inputs are bound to it). */
    public OrderEditor getEditor() {
        return editor;
    }

    public List<SocialOrder> getVersions() {
        return versions;
    }

    public Long getCompareWith() {
        return compareWith;
    }

    public void setCompareWith(Long compareWith) {
        this.compareWith = compareWith;
    }

    public List<VersionDiff.Change> getDiff() {
        return diff;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isStale() {
        return stale;
    }

    public OptionItem getNewService() {
        return newService;
    }

    public void setNewService(OptionItem newService) {
        this.newService = newService;
    }
}
