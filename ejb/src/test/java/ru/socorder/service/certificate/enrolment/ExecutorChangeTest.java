package ru.socorder.service.certificate.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.certificate.MovementKind;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.certificate.enrolment.ExecutorChange.Step;

class ExecutorChangeTest {
    private static final LocalDate CONCLUDED = LocalDate.of(2024, 9, 2);
    private static final LocalDate ENDS = LocalDate.of(2025, 5, 20);
    private static final ContractAllocation OLD = ContractAllocation.of(new BigDecimal("169.55"), new BigDecimal("72"));
    /** 144 h / 24 000 руб., the old contract's 72 h / 12 207,60 руб. allocated: 11 792,40 руб. available. */
    private static final Balance BALANCE = Balance.issued(new BigDecimal("144"), new BigDecimal("24000.00"))
            .after(MovementKind.ALLOCATE, OLD.hours(), OLD.amount());

    private static ExecutorChange.Current current(ContractStatus status) {
        return new ExecutorChange.Current("2024-1050", status, 1L, CONCLUDED, ENDS, OLD);
    }

    private static ExecutorChange.Target group(long id, String perHour, String hours) {
        return new ExecutorChange.Target(id, ContractAllocation.of(new BigDecimal(perHour), new BigDecimal(hours)));
    }

    @Test
    void theOldContractEndsBeforeTheNewOneIsConcludedAndItsAllocationFundsTheNewOne() {
        assertEquals(List.of(Step.TERMINATE_OLD, Step.RELEASE_OLD, Step.FREE_OLD_PLACE, Step.TAKE_NEW_PLACE, Step.CONCLUDE_NEW,
                Step.ALLOCATE_NEW), ExecutorChange.STEPS);
        // the new programme costs 20 000 руб.: more than is available now, less than what is available after the release
        ExecutorChange plan = ExecutorChange.plan(current(ContractStatus.ACTIVE), group(2, "250", "80"), BALANCE, LocalDate.of(2024, 11, 15));
        assertEquals(OLD, plan.release());
        assertEquals(new BigDecimal("20000.00"), plan.allocate().amount());
        assertEquals(LocalDate.of(2024, 11, 15), plan.terminatedOn());
        assertTrue(!plan.allocate().fits(BALANCE), "without the release the new contract would not fit");
    }

    @Test
    void theBalanceAfterTheReleaseMustCoverTheNewPrice() {
        Conflict c = assertThrows(Conflict.class,
                () -> ExecutorChange.plan(current(ContractStatus.CONCLUDED), group(2, "300", "81"), BALANCE, CONCLUDED));
        assertEquals("После расторжения прежнего договора недостаточно средств сертификата: доступно 24 000,00 руб. (144 чел.-ч), "
                + "стоимость программы 24 300,00 руб. (81 чел.-ч)", c.getMessage().replace('\u00a0', ' '));
    }

    @Test
    void onlyAContractInForceIsReplaced() {
        for (ContractStatus ended : List.of(ContractStatus.TERMINATED, ContractStatus.COMPLETED)) {
            Conflict c = assertThrows(Conflict.class, () -> ExecutorChange.plan(current(ended), group(2, "100", "10"), BALANCE, CONCLUDED));
            assertEquals("Договор № 2024-1050 не действует — сменить по нему исполнителя нельзя", c.getMessage());
        }
    }

    @Test
    void theDateLiesWithinTheOldContractAndTheGroupIsAnotherOne() {
        ValidationFailed early = assertThrows(ValidationFailed.class,
                () -> ExecutorChange.plan(current(ContractStatus.ACTIVE), group(2, "100", "10"), BALANCE, CONCLUDED.minusDays(1)));
        assertEquals("date", early.errors().get(0).field());
        ValidationFailed late = assertThrows(ValidationFailed.class,
                () -> ExecutorChange.plan(current(ContractStatus.ACTIVE), group(2, "100", "10"), BALANCE, ENDS.plusDays(1)));
        assertEquals("date", late.errors().get(0).field());
        ValidationFailed same = assertThrows(ValidationFailed.class,
                () -> ExecutorChange.plan(current(ContractStatus.ACTIVE), group(1, "100", "10"), BALANCE, CONCLUDED));
        assertEquals("groupId", same.errors().get(0).field());
    }
}
