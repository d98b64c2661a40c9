package ru.socorder.web.decision;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.InfoPartKind;
import ru.socorder.service.decision.AppendixDefaults;
import ru.socorder.service.decision.AppendixForm;

/**
 * The appendices of a decision as the «Приложения» tab edits them: the appendices in the act's order (added, removed,
 * moved), each with its captions one a line and its numbering row with «|» between the cells, the names of the working
 * group's roles and the parts of the information support; mapped from the boundary's form and back to it. Plain class
 * beside {@link AppendicesBean}.
 */
public final class AppendixEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String CELLS = "|";

    private final List<Row> rows;
    private final List<AppendixForm.RoleItem> roles;
    private final List<AppendixForm.PartItem> parts;
    private final boolean group;
    private boolean rolesInHeadings;

    /** An appendix being edited. */
    public static final class Row implements Serializable {
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

        /** The column captions, one a line. */
        public String getCaptions() {
            return captions;
        }

        public void setCaptions(String captions) {
            this.captions = captions;
        }

        /** The numbering row, «|» between the cells. */
        public String getColumnNumbers() {
            return columnNumbers;
        }

        public void setColumnNumbers(String columnNumbers) {
            this.columnNumbers = columnNumbers;
        }

        /** The item as the boundary takes it: an emptied stamp prints none (sent as empty, not as absent). */
        AppendixForm.Item toItem() {
            AppendixForm.Item out = new AppendixForm.Item();
            out.setKind(item.getKind());
            out.setNumber(item.getNumber());
            out.setStamp(item.getStamp() == null ? "" : item.getStamp());
            out.setTitle(item.getTitle());
            out.setCaptions(captions == null ? List.of() : captions.lines().filter(l -> !l.isBlank()).toList());
            out.setColumnNumbers(columnNumbers == null || columnNumbers.isBlank() ? List.of()
                    : Arrays.stream(columnNumbers.split("\\" + CELLS, -1)).map(String::strip).toList());
            out.setIndicatorTable(item.getKind() == AppendixKind.INDICATORS ? item.getIndicatorTable() : null);
            out.setValuePattern(item.getKind() == AppendixKind.INDICATORS ? item.getValuePattern() : null);
            out.setSignaturePosition(item.getSignaturePosition());
            out.setSignatureName(item.getSignatureName());
            return out;
        }
    }

    /** The appendices as shown: the act's own or the usual ones; role names only for a decision with a working group. */
    public AppendixEditor(AppendixForm shown, boolean group) {
        this.rows = new ArrayList<>(shown.getAppendices().stream().map(Row::new).toList());
        this.roles = new ArrayList<>(shown.getRoleNames());
        this.parts = new ArrayList<>(shown.getInfoParts());
        this.group = group;
        this.rolesInHeadings = Boolean.TRUE.equals(shown.getRolesInHeadings());
    }

    /** Adds an appendix of the kind at the end, numbered next, under the usual stamp of the decision. */
    public void add(AppendixKind kind, Decision decision) {
        AppendixForm.Item item = new AppendixForm.Item();
        item.setKind(kind);
        String number = String.valueOf(rows.size() + 1);
        item.setNumber(number);
        item.setStamp(AppendixDefaults.stamp(decision, number));
        item.setIndicatorTable(kind == AppendixKind.INDICATORS ? 1 : null);
        rows.add(new Row(item));
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    /** Moves the appendix one place up (-1) or down (1) in the act's order. */
    public void move(Row row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            rows.remove(from);
            rows.add(to, row);
        }
    }

    /** Adds a paragraph at the end, numbered next («5.»). */
    public void addPart() {
        AppendixForm.PartItem part = new AppendixForm.PartItem();
        part.setKind(InfoPartKind.TEXT);
        part.setNumber((parts.size() + 1) + ".");
        parts.add(part);
    }

    public void removePart(AppendixForm.PartItem part) {
        parts.remove(part);
    }

    /** What the boundary stores, against the version of the decision the screen read. */
    public AppendixForm toForm(long version) {
        AppendixForm f = new AppendixForm();
        f.setVersion(version);
        f.setAppendices(rows.stream().map(Row::toItem).toList());
        f.setInfoParts(parts);
        if (group) {
            f.setRoleNames(roles);
            f.setRolesInHeadings(rolesInHeadings);
        }
        return f;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<AppendixForm.RoleItem> getRoles() {
        return roles;
    }

    public List<AppendixForm.PartItem> getParts() {
        return parts;
    }

    public boolean isGroup() {
        return group;
    }

    public boolean isRolesInHeadings() {
        return rolesInHeadings;
    }

    public void setRolesInHeadings(boolean rolesInHeadings) {
        this.rolesInHeadings = rolesInHeadings;
    }
}
