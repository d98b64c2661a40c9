package ru.socorder.service.certificate.enrolment;

import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.ValidationFailed;

/**
 * Смена исполнителя: the plan of the one transaction that ends a child's contract and concludes the one that replaces
 * it, checked before anything is written. The old contract must be in force; the termination date lies within it;
 * the new group is another one; and the certificate, once the old contract's unconsumed
 * allocation is released, covers the new price. The boundary then takes the {@link #STEPS} in this order — a refusal
 * at any of them rolls back every one, so the old contract stays in force with its allocation untouched.
 *
 * @param release      what the old contract gives back (allocated less consumed)
 * @param allocate     what the new contract blocks
 * @param terminatedOn the last day of the old contract
 */
public record ExecutorChange(ContractAllocation release, ContractAllocation allocate, LocalDate terminatedOn) {

    /** The steps, in order. Places are taken and freed under the groups' locks (both, in order of id). */
    public enum Step {
        /** the old contract ends on the date, on the parent's initiative */
        TERMINATE_OLD,
        /** its unconsumed allocation goes back to the certificate */
        RELEASE_OLD,
        /** its place in the old group is free again */
        FREE_OLD_PLACE,
        /** a place of the new group is taken (refused when none is left) */
        TAKE_NEW_PLACE,
        /** the new contract is concluded, naming the old one as the one it replaces */
        CONCLUDE_NEW,
        /** its price is allocated on the certificate (refused when the balance does not cover it) */
        ALLOCATE_NEW
    }

    public static final List<Step> STEPS = List.of(Step.values());

    /** The contract being replaced. */
    public record Current(String number, ContractStatus status, long groupId, LocalDate concludedOn, LocalDate endsOn,
                          ContractAllocation held) {
    }

    /** The group chosen instead, with the price of its programme. */
    public record Target(long groupId, ContractAllocation price) {
    }

    /**
     * @throws Conflict         the old contract is not in force or the balance, once the old allocation is released, does not
     *                          cover the new price (a full new group is refused at {@link Step#TAKE_NEW_PLACE}, under its lock)
     * @throws ValidationFailed the date or the group is wrong (named fields {@code date}, {@code groupId})
     */
    public static ExecutorChange plan(Current old, Target next, Balance balance, LocalDate on) {
        if (old.status() != ContractStatus.CONCLUDED && old.status() != ContractStatus.ACTIVE) {
            throw new Conflict("Договор № " + old.number() + " не действует — сменить по нему исполнителя нельзя");
        }
        if (on == null) {
            throw new ValidationFailed("date", "Укажите дату расторжения прежнего договора");
        }
        if (on.isBefore(old.concludedOn()) || on.isAfter(old.endsOn())) {
            throw new ValidationFailed("date", "Дата расторжения должна быть в пределах срока договора: с "
                    + RussianText.date(old.concludedOn()) + " по " + RussianText.date(old.endsOn()));
        }
        if (next.groupId() == old.groupId()) {
            throw new ValidationFailed("groupId", "Выберите другую группу: ребёнок уже занимается в этой");
        }
        Balance afterRelease = old.held().isEmpty() ? balance
                : balance.after(ru.socorder.model.certificate.MovementKind.RELEASE, old.held().hours(), old.held().amount());
        if (!next.price().fits(afterRelease)) {
            throw new Conflict(EnrolmentRules.message(List.of("после расторжения прежнего договора "
                    + EnrolmentRules.shortage(afterRelease, next.price()))));
        }
        return new ExecutorChange(old.held(), next.price(), on);
    }
}
