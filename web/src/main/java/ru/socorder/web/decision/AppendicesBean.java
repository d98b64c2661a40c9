package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.InfoPartKind;
import ru.socorder.service.decision.AppendixDefaults;
import ru.socorder.service.decision.AppendixForm;
import ru.socorder.service.decision.DecisionDocuments;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * The «Приложения» tab of the decision card: an editable copy of the appendices as they print — number, order, stamp,
 * title, column captions (one a line) and numbering row, indicator table, value wording, signature — the names of the
 * working group's roles and the parts of the information support; saved at once, or put back to the usual ones. Read
 * again when the card's revision has moved on; read-only for users who may not change the decision.
 */
@Named("decisionAppendices")
@ViewScoped
public class AppendicesBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String CELLS = "|";

    @Inject
    private DecisionCard card;

    @EJB
    private DecisionDocuments documents;

    @EJB
    private DecisionService decisions;

    private int readAt = -1;
    private DecisionDocuments.Appendices saved;
    private List<Row> rows;
    private List<AppendixForm.RoleItem> roles;
    private List<AppendixForm.PartItem> parts;
    private boolean rolesInHeadings;
    private boolean editable;
    private AppendixKind newKind = AppendixKind.PLAN;

    /** An appendix being edited: the captions one a line, the numbering row with «|» between the cells. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final AppendixForm.Item item;
        private String captions;
        private String columnNumbers;

        Row(AppendixForm.Item item) {
            this.item = item;
            this.captions = String.join("\n", item.getCaptions());
            this.columnNumbers = String.join(" " + CELLS + " ", item.getColumnNumbers());
        }

        public AppendixForm.Item getItem() {
            return item;
        }

        public String getCaptions() {
            return captions;
        }

        public void setCaptions(String captions) {
            this.captions = captions;
        }

        public String getColumnNumbers() {
            return columnNumbers;
        }

        public void setColumnNumbers(String columnNumbers) {
            this.columnNumbers = columnNumbers;
        }

        /** The item as the boundary takes it: an emptied stamp prints none (the screen sends it as empty, not absent). */
        AppendixForm.Item toItem() {
            item.setCaptions(captions == null ? List.of() : captions.lines().filter(l -> !l.isBlank()).toList());
            item.setColumnNumbers(columnNumbers == null || columnNumbers.isBlank() ? List.of()
                    : Arrays.stream(columnNumbers.split("\\" + CELLS, -1)).map(String::strip).toList());
            item.setStamp(item.getStamp() == null ? "" : item.getStamp());
            return item;
        }
    }

    private void read() {
        if (readAt == card.getRevision()) {
            return;
        }
        saved = documents.appendices(card.getId());
        AppendixForm f = saved.form();
        rows = new ArrayList<>(f.getAppendices().stream().map(Row::new).toList());
        roles = f.getRoleNames();
        parts = new ArrayList<>(f.getInfoParts());
        rolesInHeadings = Boolean.TRUE.equals(f.getRolesInHeadings());
        editable = decisions.actor(card.decision()).editorOfTerritory();
        readAt = card.getRevision();
    }

    /** Whether the current user may change this decision (the tab is read-only otherwise). */
    public boolean isEditable() {
        read();
        return editable;
    }

    public List<Row> getRows() {
        read();
        return rows;
    }

    public List<AppendixForm.RoleItem> getRoles() {
        read();
        return roles;
    }

    public List<AppendixForm.PartItem> getParts() {
        read();
        return parts;
    }

    /** Nothing of the act's own is stored: the appendices follow the decision. */
    public boolean isStandard() {
        read();
        return saved.standard();
    }

    /** The parts of the information support are the usual ones, drawn from the «Информационное обеспечение» tab. */
    public boolean isStandardInfoParts() {
        read();
        return saved.standardInfoParts();
    }

    public boolean isGroup() {
        read();
        return saved.group();
    }

    public boolean isRolesInHeadings() {
        read();
        return rolesInHeadings;
    }

    public void setRolesInHeadings(boolean rolesInHeadings) {
        this.rolesInHeadings = rolesInHeadings;
    }

    /** Adds an appendix of the chosen kind at the end, numbered next, under the usual stamp. */
    public void add() {
        AppendixForm.Item item = new AppendixForm.Item();
        item.setKind(newKind);
        String number = String.valueOf(getRows().size() + 1);
        item.setNumber(number);
        item.setStamp(AppendixDefaults.stamp(card.decision(), number));
        item.setIndicatorTable(newKind == AppendixKind.INDICATORS ? 1 : null);
        rows.add(new Row(item));
    }

    public void remove(Row row) {
        getRows().remove(row);
    }

    /** Moves the appendix one place up (-1) or down (1) in the act's order. */
    public void move(Row row, int by) {
        int from = getRows().indexOf(row);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            rows.remove(from);
            rows.add(to, row);
        }
    }

    public void addPart() {
        AppendixForm.PartItem part = new AppendixForm.PartItem();
        part.setKind(InfoPartKind.TEXT);
        part.setNumber((getParts().size() + 1) + ".");
        parts.add(part);
    }

    public void removePart(AppendixForm.PartItem part) {
        getParts().remove(part);
    }

    public void save() {
        AppendixForm f = new AppendixForm();
        f.setVersion(card.decision().getVersion());
        f.setAppendices(getRows().stream().map(Row::toItem).toList());
        f.setInfoParts(parts);
        if (saved.group()) {
            f.setRoleNames(roles);
            f.setRolesInHeadings(rolesInHeadings);
        }
        store(f, "appendix.saved");
    }

    /** Puts the appendices and the information support back to the usual ones (role names stay). */
    public void restoreUsual() {
        AppendixForm f = new AppendixForm();
        f.setVersion(card.decision().getVersion());
        f.setAppendices(List.of());
        f.setInfoParts(List.of());
        store(f, "appendix.restored");
    }

    private void store(AppendixForm f, String message) {
        card.change(null, () -> {
            documents.setAppendices(card.getId(), f);
            FacesErrors.info(Bundle.text(message));
        });
    }

    public String usualRoleName(GroupRole role) {
        return AppendixDefaults.usualRoleName(role);
    }

    public List<AppendixKind> getKinds() {
        return List.of(AppendixKind.values());
    }

    public List<InfoPartKind> getPartKinds() {
        return List.of(InfoPartKind.values());
    }

    public AppendixKind getNewKind() {
        return newKind;
    }

    public void setNewKind(AppendixKind newKind) {
        this.newKind = newKind;
    }
}
