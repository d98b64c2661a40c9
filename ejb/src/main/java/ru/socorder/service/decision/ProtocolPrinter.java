package ru.socorder.service.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.Vote;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The protocols of a working group's meetings that follow the appendices of a decision in its print — those the clerk
 * chose, in the order of the meetings. A protocol not signed yet prints as «ПРОЕКТ» (a draft to be signed). Plain
 * class, like {@link DecisionPrinter}.
 */
public final class ProtocolPrinter {
    private ProtocolPrinter() {
    }

    /** The chosen meetings' protocols (ids of the group's meetings; others are not printed). */
    public static List<Part> protocols(DecisionView v, Collection<Long> chosen) {
        if (v.group() == null) {
            return List.of();
        }
        return v.group().getMeetings().stream().filter(m -> chosen.contains(m.getId())).map(m -> protocol(v, m)).toList();
    }

    private static Part protocol(DecisionView v, Meeting m) {
        List<Map<String, ?>> rows = new ArrayList<>();
        m.getAgenda().forEach(item -> {
            long yes = item.getVotes().values().stream().filter(x -> x == Vote.FOR).count();
            long no = item.getVotes().values().stream().filter(x -> x == Vote.AGAINST).count();
            Map<String, String> row = new LinkedHashMap<>();
            row.put("no", (item.getPosition() + 1) + ".");
            row.put("question", item.getQuestion());
            row.put("votes", "за — " + yes + ", против — " + no + ", воздержались — " + (m.getPresent().size() - yes - no));
            row.put("outcome", item.getExplanation());
            rows.add(row);
        });
        String present = m.getPresent().stream().map(GroupMember::getFullName).collect(Collectors.joining(", "));
        String note = "Присутствовали (" + m.getPresent().size() + " из " + m.getMembersCount() + "): " + present + ".\n"
                + (m.isQuorum() ? "Кворум имеется." : "Кворума нет: решения не принимаются.")
                + (m.getRecommendations() == null ? "" : "\nРекомендации: " + m.getRecommendations())
                + "\n\n" + (m.getSignedBy() == null ? "Протокол подписывает руководитель рабочей группы (заместитель, исполняющий обязанности руководителя)."
                : "Председательствующий ____________________ " + m.getSignedBy())
                + (m.isSigned() ? "\nПротокол подписан " + RussianText.date(m.getSignedOn()) + "." : "");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", (m.isSigned() ? "" : "ПРОЕКТ\n") + "Протокол заседания рабочей группы"
                + (m.getProtocolNumber() == null ? "" : " № " + m.getProtocolNumber()) + " от " + RussianText.date(m.getDate()));
        p.put("SUBTITLE", v.group().getName());
        p.put("NOTE", note);
        return new Part("decision/protocol", p, rows);
    }
}
