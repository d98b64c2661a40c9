package ru.socorder.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.socorder.model.decision.GroupRole.DEPUTY;
import static ru.socorder.model.decision.GroupRole.HEAD;
import static ru.socorder.model.decision.GroupRole.MEMBER;
import static ru.socorder.model.decision.GroupRole.SECRETARY;
import static ru.socorder.model.decision.Vote.ABSTAIN;
import static ru.socorder.model.decision.Vote.AGAINST;
import static ru.socorder.model.decision.Vote.FOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.service.decision.VotingRules.Present;
import ru.socorder.service.decision.VotingRules.Result;

/** The Luga working group has 8 members (head, deputy, 6 members, no secretary); Kaluga's has 9 with a secretary. */
class VotingRulesTest {

    @Test
    void quorumIsAtLeastHalfOfTheMembers() {
        assertTrue(VotingRules.quorum(8, 4), "exactly half of an even group");
        assertFalse(VotingRules.quorum(8, 3));
        assertTrue(VotingRules.quorum(9, 5));
        assertFalse(VotingRules.quorum(9, 4), "4 of 9 is less than half");
        assertFalse(VotingRules.quorum(0, 0), "a group without members never has a quorum");
    }

    @Test
    void withoutQuorumNothingIsAdoptedEvenUnanimously() {
        var o = VotingRules.decide(9, List.of(new Present(HEAD, FOR), new Present(MEMBER, FOR), new Present(MEMBER, FOR), new Present(MEMBER, FOR)));
        assertEquals(Result.NO_QUORUM, o.result());
        assertTrue(o.explanation().startsWith("Кворума нет: присутствует 4 из 9"));
    }

    @Test
    void majorityAdopts() {
        var o = VotingRules.decide(9, List.of(new Present(HEAD, AGAINST), new Present(MEMBER, FOR), new Present(MEMBER, FOR),
                new Present(MEMBER, FOR), new Present(MEMBER, ABSTAIN)));
        assertEquals(Result.ADOPTED, o.result());
        assertEquals(3, o.votesFor());
        assertEquals(1, o.abstained());
    }

    @Test
    void exactlyHalfForWithAbstentionsIsAdoptedWithoutTheHead() {
        // 2 for, 1 against, 1 abstains: half of those present voted for, and the votes are not equal
        var o = VotingRules.decide(8, List.of(new Present(MEMBER, FOR), new Present(MEMBER, FOR), new Present(HEAD, AGAINST),
                new Present(MEMBER, ABSTAIN)));
        assertEquals(Result.ADOPTED, o.result());
    }

    @Test
    void lessThanHalfForIsRejectedEvenIfForAndAgainstAreEqual() {
        // 2 for, 2 against, 1 abstains: equal, but only 2 of 5 voted for — the casting vote cannot reach half
        var o = VotingRules.decide(9, List.of(new Present(HEAD, FOR), new Present(MEMBER, FOR), new Present(MEMBER, AGAINST),
                new Present(MEMBER, AGAINST), new Present(MEMBER, ABSTAIN)));
        assertEquals(Result.REJECTED, o.result());
    }

    @Test
    void onATieTheHeadDecides() {
        List<Present> headFor = List.of(new Present(HEAD, FOR), new Present(MEMBER, FOR), new Present(MEMBER, AGAINST), new Present(DEPUTY, AGAINST));
        assertEquals(Result.ADOPTED, VotingRules.decide(8, headFor).result());
        List<Present> headAgainst = List.of(new Present(HEAD, AGAINST), new Present(MEMBER, AGAINST), new Present(MEMBER, FOR), new Present(DEPUTY, FOR));
        var o = VotingRules.decide(8, headAgainst);
        assertEquals(Result.REJECTED, o.result(), "exactly half voted for, but the head's casting vote is against");
        assertTrue(o.explanation().contains("решающий голос руководителя"));
    }

    @Test
    void onATieWithTheHeadAbsentTheDeputyActingAsHeadDecides() {
        List<Present> deputyFor = List.of(new Present(DEPUTY, FOR), new Present(SECRETARY, AGAINST), new Present(MEMBER, FOR), new Present(MEMBER, AGAINST));
        var o = VotingRules.decide(8, deputyFor);
        assertEquals(Result.ADOPTED, o.result());
        assertTrue(o.explanation().contains("заместителя руководителя, исполняющего обязанности руководителя"));
    }

    @Test
    void onATieWithHeadAndDeputyAbsentNobodyHasTheCastingVote() {
        List<Present> noChair = List.of(new Present(MEMBER, FOR), new Present(MEMBER, FOR), new Present(SECRETARY, AGAINST), new Present(MEMBER, AGAINST));
        var o = VotingRules.decide(8, noChair);
        assertEquals(Result.REJECTED, o.result());
        assertTrue(o.explanation().contains("решающего голоса нет"));
    }

    @Test
    void membersWhoDidNotVoteCountAsAbstaining() {
        var o = VotingRules.decide(4, List.of(new Present(HEAD, FOR), new Present(MEMBER, null)));
        assertEquals(Result.ADOPTED, o.result(), "1 of 2 present is half, and 1 for vs 0 against is no tie");
        assertEquals(1, o.abstained());
    }
}
