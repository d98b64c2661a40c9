package ru.socorder.service.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.Appendix;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.EfficiencyGoal;
import ru.socorder.model.decision.EfficiencyIndicator;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.InfoPart;
import ru.socorder.model.decision.InfoPartKind;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.PlanActivity;
import ru.socorder.model.decision.PlanStage;
import ru.socorder.model.decision.RegulationSection;
import ru.socorder.model.decision.ServiceInScope;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * Lays out the appendices of a decision as its act prints them: in the act's order, each under the act's approval
 * stamp and title, tables with the act's column captions and numbering row — the list of services, the approbation
 * plan, each indicator table with its footnotes, the working group's regulations paragraph by paragraph and its
 * composition with the roles named as the act names them, the information support part by part. A decision entered
 * without its appendices gets the usual ones ({@link AppendixDefaults}). The protocols of the group's meetings the clerk
 * chooses follow ({@link ProtocolPrinter}).
 * Plain class; the boundary fills and exports the parts.
 *
 * <p>A footnote reference is written «&lt;N&gt;» in the stored texts, as the acts' text layers write them; it prints as a
 * superscript, and so does the number before each footnote under its table.
 */
public final class DecisionPrinter {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\s?<(\\d+)>");
    private static final Pattern FOOTNOTE = Pattern.compile("^<(\\d+)>\\s*");
    /** How a value and its year are written in an indicator cell unless the act writes them otherwise. */
    static final String VALUE_PATTERN = "значение: {value}\nгод: {year}";

    private DecisionPrinter() {
    }

    public static List<Part> appendices(DecisionView v) {
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (Appendix a : AppendixDefaults.appendices(v)) {
            position++;
            String stamp = a.getStamp() == null ? AppendixDefaults.stamp(v.decision(), a.getNumber() == null ? String.valueOf(position) : a.getNumber())
                    : a.getStamp().isBlank() ? null : a.getStamp();
            Part part = switch (a.getKind()) {
                case SERVICES -> services(v, a, stamp);
                case PLAN -> plan(v, a, stamp);
                case INDICATORS -> indicators(v, a, stamp);
                case REGULATIONS -> regulations(v.group(), a, stamp);
                case COMPOSITION -> composition(v.group(), a, stamp);
                case INFO_SUPPORT -> infoSupport(v, a, stamp);
            };
            if (part != null) {
                parts.add(signed(part, a.getSignature()));
            }
        }
        return parts;
    }

    private static Part services(DecisionView v, Appendix a, String stamp) {
        List<Map<String, ?>> rows = new ArrayList<>();
        if (a.captionList().isEmpty()) {
            return new Part("decision/text", params(stamp, a.getTitle(), null), serviceList(v.services()));
        }
        int n = 1;
        for (ServiceInScope s : v.services()) {
            rows.add(cells(n++ + ".", s.getService().getName(), s.getService().getRegistryNumber().formatted(),
                    s.getOrganiser() == null ? "" : s.getOrganiser().getFullName()));
        }
        if (v.decision().getServiceWithoutNumber() != null) {
            rows.add(cells(n + ".", v.decision().getServiceWithoutNumber(), "в решении не указан", ""));
        }
        return new Part("decision/services", table(stamp, a, AppendixDefaults.SERVICE_CAPTIONS, null, 4), rows);
    }

    /**
     * The services as a list under the act's headings («Реализация …:», then «804200О.99.0.ББ52АЕ04000 (техническая …);»,
     * the last of each heading with a full stop); without headings, under the services' names.
     */
    private static List<Map<String, ?>> serviceList(List<ServiceInScope> services) {
        boolean headings = services.stream().anyMatch(s -> s.getListHeading() != null);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceInScope s = services.get(i);
            String heading = headings ? s.getListHeading()
                    : i == 0 || !services.get(i - 1).getService().getName().equals(s.getService().getName()) ? s.getService().getName() + ":" : null;
            if (heading != null) {
                rows.add(item(heading));
            }
            boolean lastUnder = i == services.size() - 1 || (headings ? services.get(i + 1).getListHeading() != null
                    : !services.get(i + 1).getService().getName().equals(s.getService().getName()));
            String description = s.getDescription() != null ? s.getDescription()
                    : join(s.getService().getContent(), s.getService().getConditions(), s.getService().getConsumerCategory());
            rows.add(item(s.getService().getRegistryNumber().formatted() + (description.isEmpty() ? "" : " (" + description + ")")
                    + (lastUnder ? "." : ";")));
        }
        return rows;
    }

    private static Part plan(DecisionView v, Appendix a, String stamp) {
        List<String> captions = a.captionList().isEmpty() ? List.of(AppendixDefaults.PLAN_CAPTIONS.split("\\|")) : a.captionList();
        boolean merged = captions.size() == 5;
        if (!merged && captions.size() != 6) {
            throw new IllegalStateException("A plan is printed in 6 columns, or in 5 with the stage and the activity in one: " + captions);
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PlanStage st : v.stages()) {
            if (merged) {
                rows.add(cells(st.getNumber(), st.getTitle(), "", "", ""));
            }
            int groupStart = rows.size();
            boolean first = true;
            for (PlanActivity act : st.getActivities()) {
                String activity = (act.getNumber() == null ? "" : act.getNumber() + " ") + act.getText();
                String deadline = act.getDeadline().getText() == null || act.getDeadline().getText().isBlank()
                        ? act.getDeadline().wording() : act.getDeadline().getText();
                String responsible = String.join(",\n", act.getResponsible());
                rows.add(merged ? cells(act.getNumber(), act.getText(), deadline, act.getResult(), responsible)
                        : cells(first ? st.getNumber() : "", first ? st.getTitle() : "", activity, deadline, act.getResult(), responsible));
                first = false;
            }
            if (!merged && st.getActivities().isEmpty()) {
                rows.add(cells(st.getNumber(), st.getTitle(), "", "", "", ""));
            }
            if (!merged) {
                markMerged(rows, groupStart);
            }
        }
        return new Part(merged ? "decision/plan-merged" : "decision/plan", table(stamp, a, AppendixDefaults.PLAN_CAPTIONS, "1|2|3|4|5|6", 6), rows);
    }

    private static Part indicators(DecisionView v, Appendix a, String stamp) {
        List<String> captions = a.captionList().isEmpty() ? List.of(AppendixDefaults.INDICATOR_CAPTIONS.split("\\|")) : a.captionList();
        boolean numbered = captions.size() == 7;
        if (!numbered && captions.size() != 6) {
            throw new IllegalStateException("An indicator table is printed in 7 columns, or in 6 with the goal's number in its column: " + captions);
        }
        int table = a.getIndicatorTable() == null ? 1 : a.getIndicatorTable();
        String pattern = a.getValuePattern() == null ? VALUE_PATTERN : a.getValuePattern();
        List<Map<String, ?>> rows = new ArrayList<>();
        for (EfficiencyGoal g : v.goals()) {
            if (g.getIndicatorTable() != table) {
                continue;
            }
            int groupStart = rows.size();
            boolean first = true;
            for (EfficiencyIndicator i : g.getIndicators()) {
                String type = i.getType() == null ? "" : switch (i.getType()) {
                    case PROCESS -> "Процесс";
                    case INTERMEDIATE -> "Промежуточный результат";
                    case FINAL -> "Итоговый результат";
                };
                List<String> row = new ArrayList<>();
                if (numbered) {
                    row.add(first ? nullToEmpty(g.getNumber()) : "");
                    row.add(first ? g.getTitle() : "");
                } else {
                    row.add(first ? (g.getNumber() == null ? "" : g.getNumber() + " ") + g.getTitle() : "");
                }
                row.add(type);
                row.add(superscripts(withUnit(i.getText(), i.getUnit())));
                row.add(value(pattern, i.getBaseValue(), i.getBaseYear()));
                row.add(value(pattern, i.getTargetValue(), i.getTargetYear()));
                row.add(nullToEmpty(i.getResponsible()));
                rows.add(cells(row.toArray(String[]::new)));
                first = false;
            }
            markMerged(rows, groupStart);
        }
        List<String> notes = new ArrayList<>();
        List<String> footnotes = v.decision().getIndicatorFootnotes();
        for (int i = 0; i < footnotes.size(); i++) {
            Matcher m = FOOTNOTE.matcher(footnotes.get(i));
            notes.add(m.find() ? superscript(m.group(1)) + " " + footnotes.get(i).substring(m.end()) : superscript(String.valueOf(i + 1)) + " " + footnotes.get(i));
        }
        Map<String, Object> p = table(stamp, a, AppendixDefaults.INDICATOR_CAPTIONS, "1|2|3|4|5|6|7", 7);
        p.put("NOTE", notes.isEmpty() ? null : String.join("\n", notes));
        return new Part(numbered ? "decision/indicators" : "decision/indicators-goal", p, rows);
    }

    private static Part regulations(WorkingGroup g, Appendix a, String stamp) {
        if (g == null || g.getRegulations().isEmpty()) {
            return null;
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (RegulationSection s : g.getRegulations()) {
            rows.add(text(s.getTitle(), null));
            paragraphs(s.getText()).forEach(p -> rows.add(text(null, p)));
        }
        return new Part("decision/text", params(stamp, a.getTitle(), null), rows);
    }

    private static Part composition(WorkingGroup g, Appendix a, String stamp) {
        if (g == null || g.getMembers().isEmpty() && g.getDelegatedTo() == null) {
            return null;
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        String heading = null;
        for (GroupMember m : g.getMembers()) {
            if (m.getUntil() != null) {
                continue;
            }
            String role = AppendixDefaults.roleName(g, m.getRole());
            boolean underHeading = g.isRolesInHeadings() || m.getRole() == GroupRole.MEMBER;
            if (underHeading && !role.equals(heading)) {
                rows.add(role(capitalised(role) + ":"));
            }
            heading = underHeading ? role : null;
            String name = m.getFullName().strip();
            int space = name.indexOf(' ');
            rows.add(member(space < 0 ? name : name.substring(0, space) + "\n" + name.substring(space + 1),
                    "- " + nullToEmpty(m.getPosition()) + (underHeading ? "" : ", " + role)));
        }
        if (g.getDelegatedTo() != null) {
            rows.add(role(g.getDelegatedTo()));
        }
        return new Part("decision/composition", params(stamp, a.getTitle(), null), rows);
    }

    private static Part infoSupport(DecisionView v, Appendix a, String stamp) {
        Decision d = v.decision();
        List<InfoPart> parts = AppendixDefaults.infoParts(v);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (InfoPart p : parts) {
            String number = p.getNumber() == null ? "" : p.getNumber().strip();
            rows.add(text(null, (number.isEmpty() ? "" : number + " ") + p.getText()));
            List<String> items = switch (p.getKind()) {
                case TEXT -> List.of();
                case DOCUMENTS -> v.documents().stream().map(doc -> doc.getName()
                        + (doc.getSystem() == null ? "" : " (формируется в информационной системе: " + doc.getSystem() + ")"))
                        .toList();
                case SYSTEMS -> d.getSystems();
            };
            String prefix = number.endsWith(".") ? number : number + ".";
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i).strip();
                rows.add(text(null, prefix + (i + 1) + ". " + item + (item.matches(".*[.;:]$") ? "" : ".")));
            }
        }
        return new Part("decision/text", params(stamp, a.getTitle(), null), rows);
    }

    /**
     * The rows of one stage or goal from {@code start} on: their first cells (number, title) are one merged cell in the
     * act, drawn without the lines between the rows («first», «middle», «last»; a single row keeps its own cell).
     */
    @SuppressWarnings("unchecked")
    private static void markMerged(List<Map<String, ?>> rows, int start) {
        int size = rows.size() - start;
        for (int i = start; size > 1 && i < rows.size(); i++) {
            ((Map<String, String>) rows.get(i)).put("m", i == start ? "first" : i == rows.size() - 1 ? "last" : "middle");
        }
    }

    /** The part with the signature under it: the position's lines on the left, the name (after a tab) on the right. */
    private static Part signed(Part part, String signature) {
        if (signature == null || signature.isBlank()) {
            return part;
        }
        int tab = signature.lastIndexOf('\t');
        Map<String, Object> p = new LinkedHashMap<>(part.parameters());
        p.put("SIGN_POSITION", tab < 0 ? signature : signature.substring(0, tab));
        p.put("SIGN_NAME", tab < 0 ? null : signature.substring(tab + 1));
        return new Part(part.template(), p, part.rows());
    }

    /** The text with its unit, unless it already ends with it as the acts write it («…, единиц»). */
    static String withUnit(String text, String unit) {
        if (unit == null || unit.isBlank()) {
            return text;
        }
        String bare = text.strip().replaceAll("[.;,\\s]+$", "").toLowerCase(Locale.ROOT);
        return bare.endsWith(unit.strip().toLowerCase(Locale.ROOT)) ? text : text + ", " + unit;
    }

    /** A value with its year as the table writes them; a value without a year alone, as the act writes it. */
    static String value(String pattern, String value, Integer year) {
        boolean noValue = value == null || value.isBlank();
        if (year == null) {
            return noValue ? "" : value;
        }
        String withYear = pattern.replace("{year}", String.valueOf(year));
        return noValue ? withYear.replaceAll("\\{value}[,;]?[ ]?", "").replaceAll(" +\n", "\n") : withYear.replace("{value}", value);
    }

    /** The footnote references «&lt;N&gt;» of a text as superscript numbers. */
    static String superscripts(String text) {
        return text == null ? null : FOOTNOTE_REFERENCE.matcher(text).replaceAll(m -> superscript(m.group(1)));
    }

    private static String superscript(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0')));
        return sb.toString();
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(", ", present);
    }

    /** The parameters of a table: stamp, title, captions C1… and the numbering row N1… (none when the act prints none). */
    private static Map<String, Object> table(String stamp, Appendix a, String captions, String numbers, int columns) {
        Map<String, Object> p = params(stamp, a.getTitle(), null);
        List<String> c = a.captionList().isEmpty() ? List.of(captions.split("\\|")) : a.captionList();
        List<String> n = a.captionList().isEmpty() ? (numbers == null ? List.of() : List.of(numbers.split("\\|"))) : a.columnNumberList();
        for (int i = 0; i < c.size(); i++) {
            p.put("C" + (i + 1), superscripts(c.get(i)));
            p.put("N" + (i + 1), i < n.size() ? n.get(i) : null);
        }
        if (c.size() > columns) {
            throw new IllegalStateException("More captions than columns: " + c);
        }
        return p;
    }

    private static Map<String, Object> params(String stamp, String title, String note) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("STAMP", stamp);
        p.put("TITLE", superscripts(title));
        p.put("NOTE", note);
        return p;
    }

    private static Map<String, ?> cells(String... values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put("c" + (i + 1), superscripts(values[i]));
        }
        return m;
    }

    private static Map<String, ?> text(String heading, String body) {
        return row("heading", heading, "name", null, "body", superscripts(body));
    }

    /** A line of a list, set flush left (not justified like a paragraph). */
    private static Map<String, ?> item(String text) {
        return row("heading", null, "name", null, "item", superscripts(text));
    }

    private static Map<String, ?> member(String name, String position) {
        return row("heading", null, "name", name, "body", position);
    }

    /** A heading of the composition's list («Члены рабочей группы:»), across the page. */
    private static Map<String, ?> role(String heading) {
        return row("heading", null, "name", null, "item", heading);
    }

    private static Map<String, ?> row(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
