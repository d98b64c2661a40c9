package ru.socorder.service.decision;

import java.util.List;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.Vote;

/**
 * Quorum and voting of a working group, as the regulations in the seeds (S1 Annex 4 §5.6, §5.9; S4 Annex 2 §5.5,
 * §5.8) put them:
 * <ul>
 * <li>a meeting is competent (правомочно) when at least half of the members are present;</li>
 * <li>a decision is adopted when at least half of those present voted for it;</li>
 * <li>on an equality of votes (as many for as against, nobody abstaining, i.e. exactly half for) the vote of the head
 * — or of the deputy acting as head when the head is absent — decides;</li>
 * <li>when votes are equal and neither the head nor the deputy is present, nobody has the casting vote and the
 * decision is not adopted (the regulations do not say otherwise; the protocol records why).</li>
 * </ul>
 */
public final class VotingRules {

    /** A member present at the meeting, with the role and the vote on the item (null: did not vote = abstained). */
    public record Present(GroupRole role, Vote vote) {
    }

    public enum Result {
        ADOPTED, REJECTED, NO_QUORUM
    }

    /** The result with the counts and a Russian explanation for the protocol. */
    public record Outcome(Result result, int members, int present, int votesFor, int against, int abstained, String explanation) {
        public boolean adopted() {
            return result == Result.ADOPTED;
        }
    }

    private VotingRules() {
    }

    /** At least half of the members present. */
    public static boolean quorum(int members, int present) {
        return members > 0 && present * 2 >= members;
    }

    public static Outcome decide(int members, List<Present> present) {
        int n = present.size();
        int votesFor = (int) present.stream().filter(p -> p.vote() == Vote.FOR).count();
        int against = (int) present.stream().filter(p -> p.vote() == Vote.AGAINST).count();
        int abstained = n - votesFor - against;
        if (!quorum(members, n)) {
            return new Outcome(Result.NO_QUORUM, members, n, votesFor, against, abstained,
                    "Кворума нет: присутствует " + n + " из " + members + " членов рабочей группы (нужно не менее половины) — решения не принимаются");
        }
        if (votesFor == against && votesFor * 2 == n) {
            Present presiding = present.stream().filter(p -> p.role() == GroupRole.HEAD).findFirst()
                    .orElse(present.stream().filter(p -> p.role() == GroupRole.DEPUTY).findFirst().orElse(null));
            if (presiding == null) {
                return new Outcome(Result.REJECTED, members, n, votesFor, against, abstained,
                        "Голоса разделились поровну (" + votesFor + " «за», " + against + " «против»), руководитель и его заместитель "
                                + "отсутствуют — решающего голоса нет, решение не принято");
            }
            String who = presiding.role() == GroupRole.HEAD ? "руководителя" : "заместителя руководителя, исполняющего обязанности руководителя";
            boolean adopted = presiding.vote() == Vote.FOR;
            return new Outcome(adopted ? Result.ADOPTED : Result.REJECTED, members, n, votesFor, against, abstained,
                    "Голоса разделились поровну (" + votesFor + " «за», " + against + " «против»); решающий голос " + who
                            + (adopted ? " — «за», решение принято" : " — не «за», решение не принято"));
        }
        if (votesFor * 2 >= n) {
            return new Outcome(Result.ADOPTED, members, n, votesFor, against, abstained,
                    "Решение принято: «за» " + votesFor + " из " + n + " присутствующих (не менее половины)");
        }
        return new Outcome(Result.REJECTED, members, n, votesFor, against, abstained,
                "Решение не принято: «за» " + votesFor + " из " + n + " присутствующих (нужно не менее половины)");
    }
}
