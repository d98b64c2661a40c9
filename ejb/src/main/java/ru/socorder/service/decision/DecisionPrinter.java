package ru.socorder.service.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.EfficiencyGoal;
import ru.socorder.model.decision.EfficiencyIndicator;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.PlanActivity;
import ru.socorder.model.decision.PlanStage;
import ru.socorder.model.decision.RegulationSection;
import ru.socorder.model.decision.ServiceInScope;
import ru.socorder.model.decision.Vote;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * Lays out the appendices of a decision as the seed resolutions print them: the list of services, the approbation
 * plan (№ п/п | Этап апробации | Мероприятие | Срок исполнения | Результат | Ответственные исполнители, with the
 * numbering row), the efficiency indicators with footnotes, the working group's regulations and composition, the
 * information support, and the protocols of its meetings. Plain class; the boundary fills and exports the parts.
 */
final class DecisionPrinter {
    private static final String[] SUPERSCRIPTS = {"¹", "²", "³", "⁴", "⁵"};

    private DecisionPrinter() {
    }

    static List<Part> appendices(DecisionView v) {
        Decision d = v.decision();
        String subtitle = "Приложение к решению: " + d.getLabel();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("decision/services", params("Перечень услуг в социальной сфере, в отношении которых осуществляется апробация "
                + "механизмов организации их оказания", subtitle, d.getExclusions().isEmpty() ? null
                : "Не включаются в отбор организации со специальными наименованиями: " + String.join(", ", d.getExclusions())), services(v)));
        if (!v.stages().isEmpty()) {
            parts.add(new Part("decision/plan", params(d.getPlanTitle() == null ? "План апробации" : d.getPlanTitle(), subtitle, null), plan(v)));
        }
        if (!v.goals().isEmpty()) {
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < d.getIndicatorFootnotes().size(); i++) {
                notes.add((i < SUPERSCRIPTS.length ? SUPERSCRIPTS[i] : "*") + " " + d.getIndicatorFootnotes().get(i));
            }
            parts.add(new Part("decision/indicators", params(d.getIndicatorsTitle() == null ? "Показатели эффективности" : d.getIndicatorsTitle(),
                    subtitle, notes.isEmpty() ? null : String.join("\n", notes)), indicators(v)));
        }
        if (v.group() != null) {
            if (!v.group().getRegulations().isEmpty()) {
                List<Map<String, ?>> rows = new ArrayList<>();
                for (RegulationSection s : v.group().getRegulations()) {
                    rows.add(row("heading", s.getTitle(), "body", s.getText()));
                }
                parts.add(new Part("decision/text", params("Положение о рабочей группе", subtitle, null), rows));
            }
            if (!v.group().getMembers().isEmpty() || v.group().getDelegatedTo() != null) {
                parts.add(new Part("decision/composition", params("Состав: " + v.group().getName(), subtitle, v.group().getDelegatedTo()),
                        composition(v.group().getMembers())));
            }
            for (Meeting m : v.group().getMeetings()) {
                parts.add(protocol(v, m));
            }
        }
        if (!v.documents().isEmpty() || !d.getSystems().isEmpty()) {
            List<Map<String, ?>> rows = new ArrayList<>();
            v.documents().forEach(doc -> rows.add(row("heading", doc.getNumber() + ". " + doc.getName(),
                    "body", doc.getSystem() == null ? "" : "формируется в информационной системе: " + doc.getSystem())));
            if (!d.getSystems().isEmpty()) {
                rows.add(row("heading", "Информационные системы", "body", String.join("; ", d.getSystems())));
            }
            if (d.getPortalText() != null) {
                rows.add(row("heading", "Размещение на едином портале бюджетной системы", "body", d.getPortalText()));
            }
            if (d.getPaperFallback() != null) {
                rows.add(row("heading", "Документы на бумажном носителе", "body", d.getPaperFallback()));
            }
            parts.add(new Part("decision/text", params("Порядок информационного обеспечения (статья 8 Федерального закона № 189-ФЗ)", subtitle, null), rows));
        }
        return parts;
    }

    private static List<Map<String, ?>> services(DecisionView v) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int n = 1;
        for (ServiceInScope s : v.services()) {
            String method = switch (s.getMethod()) {
                case COMPETITION -> "конкурс";
                case CERTIFICATE -> "социальный сертификат";
            };
            rows.add(row("no", n++ + ".", "name", s.getService().getName(), "number", s.getService().getRegistryNumber().formatted(),
                    "description", s.getDescription() != null ? s.getDescription()
                            : join(s.getService().getContent(), s.getService().getConditions(), s.getService().getConsumerCategory()),
                    "organiser", method + (s.getOrganiser() == null ? "" : "; " + s.getOrganiser().getFullName())));
        }
        if (v.decision().getServiceWithoutNumber() != null) {
            rows.add(row("no", n + ".", "name", v.decision().getServiceWithoutNumber(), "number", "в решении не указан",
                    "description", "", "organiser", ""));
        }
        return rows;
    }

    private static List<Map<String, ?>> plan(DecisionView v) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PlanStage st : v.stages()) {
            boolean first = true;
            for (PlanActivity a : st.getActivities()) {
                rows.add(row("no", first ? st.getNumber() : "", "stage", first ? st.getTitle() : "",
                        "activity", (a.getNumber() == null ? "" : a.getNumber() + " ") + a.getText(),
                        "deadline", a.getDeadline().getText() == null || a.getDeadline().getText().isBlank() ? a.getDeadline().wording() : a.getDeadline().getText(),
                        "result", a.getResult(), "responsible", String.join(",\n", a.getResponsible())));
                first = false;
            }
            if (st.getActivities().isEmpty()) {
                rows.add(row("no", st.getNumber(), "stage", st.getTitle(), "activity", "", "deadline", "", "result", "", "responsible", ""));
            }
        }
        return rows;
    }

    private static List<Map<String, ?>> indicators(DecisionView v) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (EfficiencyGoal g : v.goals()) {
            boolean first = true;
            for (EfficiencyIndicator i : g.getIndicators()) {
                String type = i.getType() == null ? "" : switch (i.getType()) {
                    case PROCESS -> "Процесс";
                    case INTERMEDIATE -> "Промежуточный результат";
                    case FINAL -> "Итоговый результат";
                };
                rows.add(row("no", first ? g.getNumber() : "", "goal", first ? g.getTitle() : "", "type", type,
                        "indicator", (i.getParent() != null && !i.getText().toLowerCase().startsWith("из них") ? "из них: " : "") + i.getText()
                                + (i.getUnit() == null ? "" : ", " + i.getUnit()),
                        "base", value(i.getBaseValue(), i.getBaseYear()), "target", value(i.getTargetValue(), i.getTargetYear()),
                        "responsible", i.getResponsible()));
                first = false;
            }
        }
        return rows;
    }

    private static List<Map<String, ?>> composition(List<GroupMember> members) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int n = 1;
        for (GroupMember m : members) {
            if (m.getUntil() != null) {
                continue;
            }
            rows.add(row("no", n++ + ".", "name", m.getFullName(), "position", m.getPosition(), "role", role(m.getRole())));
        }
        return rows;
    }

    private static Part protocol(DecisionView v, Meeting m) {
        List<Map<String, ?>> rows = new ArrayList<>();
        m.getAgenda().forEach(item -> {
            long yes = item.getVotes().values().stream().filter(x -> x == Vote.FOR).count();
            long no = item.getVotes().values().stream().filter(x -> x == Vote.AGAINST).count();
            rows.add(row("no", (item.getPosition() + 1) + ".", "question", item.getQuestion(),
                    "votes", "за — " + yes + ", против — " + no + ", воздержались — " + (m.getPresent().size() - yes - no),
                    "outcome", item.getExplanation()));
        });
        String present = m.getPresent().stream().map(GroupMember::getFullName).collect(Collectors.joining(", "));
        String note = "Присутствовали (" + m.getPresent().size() + " из " + m.getMembersCount() + "): " + present + ".\n"
                + (m.isQuorum() ? "Кворум имеется." : "Кворума нет: решения не принимаются.")
                + (m.getRecommendations() == null ? "" : "\nРекомендации: " + m.getRecommendations())
                + "\n\n" + (m.getSignedBy() == null ? "Протокол подписывает руководитель рабочей группы (заместитель, исполняющий обязанности руководителя)."
                : "Председательствующий ____________________ " + m.getSignedBy());
        return new Part("decision/protocol", params("Протокол заседания рабочей группы" + (m.getProtocolNumber() == null ? "" : " № " + m.getProtocolNumber())
                + " от " + RussianText.date(m.getDate()), v.group().getName(), note), rows);
    }

    private static String role(GroupRole r) {
        return switch (r) {
            case HEAD -> "руководитель рабочей группы";
            case DEPUTY -> "заместитель руководителя";
            case SECRETARY -> "секретарь";
            case MEMBER -> "член рабочей группы";
        };
    }

    private static String value(String value, Integer year) {
        if (value == null && year == null) {
            return "";
        }
        return "значение: " + (value == null ? "" : value) + "\nгод: " + (year == null ? "" : year);
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

    private static Map<String, Object> params(String title, String subtitle, String note) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", title);
        p.put("SUBTITLE", subtitle);
        p.put("NOTE", note);
        return p;
    }

    private static Map<String, ?> row(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
