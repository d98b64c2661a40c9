package ru.socorder.service.decision;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.InfoPartKind;

/**
 * The appendices of a decision as the clerk edits them (card tab «Приложения», {@code PUT /decisions/{id}/appendices}):
 * in the act's order, each with its number, approval stamp and title (lines separated by line breaks), the column
 * captions and the numbering row of its table, for an indicator table its number and how it writes a value with its
 * year, and the signature under it; the names the act gives the roles of the working group and whether it lists the
 * members under role headings; the parts of the information support. An empty list of appendices (or of parts) means
 * the usual ones, drawn from the decision as it changes; a list (or {@code rolesInHeadings}) not given keeps what is
 * saved. Checked by {@link AppendixRules}.
 */
public class AppendixForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long version;
    private List<Item> appendices;
    private List<RoleItem> roleNames;
    private Boolean rolesInHeadings;
    private List<PartItem> infoParts;

    /** An appendix: what it holds, its number, stamp, title, table captions and numbering row, signature. */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private AppendixKind kind;
        private String number;
        private String stamp;
        private String title;
        private List<String> captions = new ArrayList<>();
        private List<String> columnNumbers = new ArrayList<>();
        private Integer indicatorTable;
        private String valuePattern;
        private String signaturePosition;
        private String signatureName;

        public AppendixKind getKind() {
            return kind;
        }

        public void setKind(AppendixKind kind) {
            this.kind = kind;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getStamp() {
            return stamp;
        }

        public void setStamp(String stamp) {
            this.stamp = stamp;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<String> getCaptions() {
            return captions;
        }

        public void setCaptions(List<String> captions) {
            this.captions = captions == null ? new ArrayList<>() : new ArrayList<>(captions);
        }

        public List<String> getColumnNumbers() {
            return columnNumbers;
        }

        public void setColumnNumbers(List<String> columnNumbers) {
            this.columnNumbers = columnNumbers == null ? new ArrayList<>() : new ArrayList<>(columnNumbers);
        }

        public Integer getIndicatorTable() {
            return indicatorTable;
        }

        public void setIndicatorTable(Integer indicatorTable) {
            this.indicatorTable = indicatorTable;
        }

        public String getValuePattern() {
            return valuePattern;
        }

        public void setValuePattern(String valuePattern) {
            this.valuePattern = valuePattern;
        }

        public String getSignaturePosition() {
            return signaturePosition;
        }

        public void setSignaturePosition(String signaturePosition) {
            this.signaturePosition = signaturePosition;
        }

        public String getSignatureName() {
            return signatureName;
        }

        public void setSignatureName(String signatureName) {
            this.signatureName = signatureName;
        }
    }

    /** A role of the working group and the name the act gives it (blank: the usual name). */
    public static class RoleItem implements Serializable {
        private static final long serialVersionUID = 1L;
        private GroupRole role;
        private String title;

        public GroupRole getRole() {
            return role;
        }

        public void setRole(GroupRole role) {
            this.role = role;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** A part of the information support: a paragraph, or the lead-in of the list of documents or of systems. */
    public static class PartItem implements Serializable {
        private static final long serialVersionUID = 1L;
        private InfoPartKind kind;
        private String number;
        private String text;

        public InfoPartKind getKind() {
            return kind;
        }

        public void setKind(InfoPartKind kind) {
            this.kind = kind;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<Item> getAppendices() {
        return appendices;
    }

    public void setAppendices(List<Item> appendices) {
        this.appendices = appendices == null ? null : new ArrayList<>(appendices);
    }

    public List<RoleItem> getRoleNames() {
        return roleNames;
    }

    public void setRoleNames(List<RoleItem> roleNames) {
        this.roleNames = roleNames == null ? null : new ArrayList<>(roleNames);
    }

    public Boolean getRolesInHeadings() {
        return rolesInHeadings;
    }

    public void setRolesInHeadings(Boolean rolesInHeadings) {
        this.rolesInHeadings = rolesInHeadings;
    }

    public List<PartItem> getInfoParts() {
        return infoParts;
    }

    public void setInfoParts(List<PartItem> infoParts) {
        this.infoParts = infoParts == null ? null : new ArrayList<>(infoParts);
    }
}
