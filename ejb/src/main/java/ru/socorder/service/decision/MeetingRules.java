package ru.socorder.service.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.Vote;
import ru.socorder.service.common.FieldError;

/**
 * What a recorded meeting of a working group must satisfy, apart from quorum and outcome ({@link VotingRules}):
 * <ul>
 * <li>its date is within reason: a meeting is recorded after it took place, so not after today; and not before the
 * working group existed — the group is created by the decision, so not before the act's date (without one, the date it
 * takes effect or applies from), and never before 189-FZ came into force (01.09.2020);</li>
 * <li>the protocol is signed on the day of the meeting or later, and not in the future;</li>
 * <li>only members present vote: a vote of a member who was absent (or is not in the composition) is refused, never
 * silently dropped — the protocol would count it otherwise.</li>
 * </ul>
 * Plain class; the boundary ({@link WorkingGroupService}) applies it to the screen and the API alike.
 */
public final class MeetingRules {
    /** 189-FZ took effect: no working group on social orders met before. */
    public static final LocalDate LAW_IN_FORCE = LocalDate.of(2020, 9, 1);

    private MeetingRules() {
    }

    /**
     * The first day a meeting of the decision's working group can take place: the act's date (the act creates the
     * group); an act entered without a date — the day it takes effect or applies from; never before 189-FZ.
     */
    public static LocalDate earliest(LocalDate actDate, LocalDate effectiveFrom, LocalDate retroactiveFrom) {
        LocalDate from = actDate != null ? actDate : retroactiveFrom != null ? retroactiveFrom : effectiveFrom;
        return from == null || from.isBefore(LAW_IN_FORCE) ? LAW_IN_FORCE : from;
    }

    /** The errors of a meeting's date ({@code field}): none, missing, in the future, before the group existed. */
    public static List<FieldError> date(String field, LocalDate date, LocalDate earliest, LocalDate today) {
        if (date == null) {
            return List.of(new FieldError(field, "Укажите дату заседания"));
        }
        if (date.isAfter(today)) {
            return List.of(new FieldError(field, "Дата заседания " + RussianText.date(date) + " ещё не наступила: записывается "
                    + "заседание, которое уже состоялось, — дата не позже сегодняшней (" + RussianText.date(today) + ")"));
        }
        if (date.isBefore(earliest)) {
            return List.of(new FieldError(field, "Дата заседания " + RussianText.date(date) + " раньше, чем появилась рабочая "
                    + "группа: она создана решением, заседание — не ранее " + RussianText.date(earliest)));
        }
        return List.of();
    }

    /** The errors of the date a protocol is signed ({@code field}): not before the meeting, not in the future. */
    public static List<FieldError> signedOn(String field, LocalDate signedOn, LocalDate meeting, LocalDate today) {
        if (signedOn == null) {
            return List.of(new FieldError(field, "Укажите дату подписания протокола"));
        }
        if (signedOn.isAfter(today)) {
            return List.of(new FieldError(field, "Дата подписания " + RussianText.date(signedOn) + " ещё не наступила: отметьте "
                    + "протокол подписанным, когда его подпишут (не позже " + RussianText.date(today) + ")"));
        }
        if (signedOn.isBefore(meeting)) {
            return List.of(new FieldError(field, "Протокол не может быть подписан (" + RussianText.date(signedOn)
                    + ") раньше заседания (" + RussianText.date(meeting) + ")"));
        }
        return List.of();
    }

    /**
     * The errors of the votes: each agenda item's votes (member id → vote; field {@code agenda[i].votes}) only from
     * members present. {@code names} are the names of the group's members by id, for the message.
     */
    public static List<FieldError> votes(List<Map<Long, Vote>> agenda, Set<Long> present, Map<Long, String> names) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            List<Long> absent = agenda.get(i).entrySet().stream().filter(e -> e.getValue() != null && !present.contains(e.getKey()))
                    .map(Map.Entry::getKey).toList();
            if (absent.isEmpty()) {
                continue;
            }
            String who = absent.stream().map(id -> names.getOrDefault(id, "член рабочей группы с кодом " + id))
                    .collect(Collectors.joining(", "));
            errors.add(new FieldError("agenda[" + i + "].votes", (agenda.size() > 1 ? "Вопрос " + (i + 1) + ": " : "")
                    + "голосуют только присутствующие — " + who + (absent.size() > 1 ? " не присутствовали" : " не присутствовал(а)")
                    + " на заседании: отметьте присутствие или уберите голос"));
        }
        return errors;
    }
}
