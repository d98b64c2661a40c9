package ru.socorder.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.socorder.model.decision.Vote.ABSTAIN;
import static ru.socorder.model.decision.Vote.AGAINST;
import static ru.socorder.model.decision.Vote.FOR;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.socorder.model.decision.Vote;
import ru.socorder.service.common.FieldError;

/** Dates of meetings and protocols, and who votes: the Luga resolution № 417 of 13.02.2023, today 07.12.2026. */
class MeetingRulesTest {
    private static final LocalDate ACT = LocalDate.of(2023, 2, 13);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aMeetingInTheFutureIsRefusedNamingTheDateAndTheLimit() {
        List<FieldError> errors = MeetingRules.date("date", LocalDate.of(2030, 12, 31), ACT, TODAY);
        assertEquals(1, errors.size());
        assertEquals("date", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("31.12.2030 ещё не наступила"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("07.12.2026"), errors.get(0).message());
        assertTrue(MeetingRules.date("date", LocalDate.of(2026, 12, 8), ACT, TODAY).size() == 1, "tomorrow is the future too");
    }

    @Test
    void todayAndTheDayOfTheActAreAccepted() {
        assertTrue(MeetingRules.date("date", TODAY, ACT, TODAY).isEmpty());
        assertTrue(MeetingRules.date("date", ACT, ACT, TODAY).isEmpty());
    }

    @Test
    void aMeetingBeforeTheActThatCreatedTheGroupIsRefused() {
        List<FieldError> errors = MeetingRules.date("date", ACT.minusDays(1), ACT, TODAY);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("12.02.2023") && errors.get(0).message().contains("не ранее 13.02.2023"),
                errors.get(0).message());
    }

    @Test
    void aMissingDateIsAskedFor() {
        assertEquals("Укажите дату заседания", MeetingRules.date("date", null, ACT, TODAY).get(0).message());
    }

    @Test
    void theEarliestDayIsTheActsDateElseWhenItAppliesNeverBefore189FZ() {
        assertEquals(ACT, MeetingRules.earliest(ACT, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 1, 1)));
        assertEquals(LocalDate.of(2023, 1, 1), MeetingRules.earliest(null, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 1, 1)));
        assertEquals(LocalDate.of(2023, 3, 1), MeetingRules.earliest(null, LocalDate.of(2023, 3, 1), null));
        assertEquals(MeetingRules.LAW_IN_FORCE, MeetingRules.earliest(null, null, null));
        assertEquals(MeetingRules.LAW_IN_FORCE, MeetingRules.earliest(LocalDate.of(2019, 5, 5), null, null));
    }

    @Test
    void aProtocolIsSignedOnTheDayOfTheMeetingOrLaterButNotInTheFuture() {
        LocalDate meeting = LocalDate.of(2026, 11, 20);
        assertTrue(MeetingRules.signedOn("signedOn", meeting, meeting, TODAY).isEmpty());
        assertTrue(MeetingRules.signedOn("signedOn", TODAY, meeting, TODAY).isEmpty());
        FieldError early = MeetingRules.signedOn("signedOn", meeting.minusDays(1), meeting, TODAY).get(0);
        assertEquals("signedOn", early.field());
        assertTrue(early.message().contains("раньше заседания (20.11.2026)"), early.message());
        assertTrue(MeetingRules.signedOn("signedOn", TODAY.plusDays(1), meeting, TODAY).get(0).message().contains("ещё не наступила"));
        assertEquals("Укажите дату подписания протокола", MeetingRules.signedOn("signedOn", null, meeting, TODAY).get(0).message());
    }

    @Test
    void onlyMembersPresentVote() {
        Map<Long, String> names = Map.of(1L, "Намлиев Ю.В.", 2L, "Иванова М.П.", 3L, "Петров С.И.");
        assertTrue(MeetingRules.votes(List.of(Map.of(1L, FOR, 2L, AGAINST)), Set.of(1L, 2L), names).isEmpty());
        List<FieldError> errors = MeetingRules.votes(List.of(Map.of(1L, FOR, 3L, ABSTAIN)), Set.of(1L, 2L), names);
        assertEquals(1, errors.size());
        assertEquals("agenda[0].votes", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("Петров С.И. не присутствовал(а)"), errors.get(0).message());
    }

    @Test
    void eachAgendaItemNamesItsAbsentVotersAndAMissingVoteIsNoVote() {
        Map<Long, String> names = Map.of(1L, "Намлиев Ю.В.", 2L, "Иванова М.П.", 3L, "Петров С.И.");
        Map<Long, Vote> notVoting = new HashMap<>();
        notVoting.put(3L, null);
        List<FieldError> errors = MeetingRules.votes(List.of(Map.of(1L, FOR), notVoting, Map.of(2L, FOR, 3L, FOR, 9L, FOR)),
                Set.of(1L), names);
        assertEquals(1, errors.size(), "an absent member without a vote is no error");
        assertEquals("agenda[2].votes", errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith("Вопрос 3: "), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("Иванова М.П.") && errors.get(0).message().contains("Петров С.И.")
                && errors.get(0).message().contains("кодом 9") && errors.get(0).message().contains("не присутствовали"), errors.get(0).message());
    }
}
