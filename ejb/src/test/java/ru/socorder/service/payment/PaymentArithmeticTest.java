package ru.socorder.service.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.socorder.model.calendar.DayKind;
import ru.socorder.service.calendar.WorkingDays;

class PaymentArithmeticTest {

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void planSpreadsThePriceByDaysAndTheLastMonthTakesTheRemainder() {
        // 11.01–10.06.2027: 151 days; January 21 days, February 28, March 31, April 30, May 31, June 10
        Map<YearMonth, BigDecimal> plan = MonthlyPlan.of(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 10), m("12207.60"));
        assertEquals(6, plan.size());
        assertEquals(m("1697.75"), plan.get(YearMonth.of(2027, 1))); // 12207.60 × 21 / 151 = 1697.7457…
        assertEquals(m("2263.66"), plan.get(YearMonth.of(2027, 2))); // × 28 / 151 = 2263.6609…
        assertEquals(m("2506.20"), plan.get(YearMonth.of(2027, 3))); // × 31 / 151 = 2506.1960…
        assertEquals(m("12207.60"), plan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(m("12207.60").subtract(m("1697.75")).subtract(m("2263.66")).subtract(m("2506.20"))
                .subtract(plan.get(YearMonth.of(2027, 4))).subtract(plan.get(YearMonth.of(2027, 5))), plan.get(YearMonth.of(2027, 6)));
    }

    @Test
    void planOfAnyPeriodSumsExactlyToThePrice() {
        for (int len = 0; len < 400; len += 7) {
            LocalDate start = LocalDate.of(2027, 1, 1).plusDays(len % 31);
            Map<YearMonth, BigDecimal> plan = MonthlyPlan.of(start, start.plusDays(len), m("1000.01"));
            assertEquals(m("1000.01"), plan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), "length " + len);
            assertTrue(plan.values().stream().allMatch(v -> v.signum() >= 0));
        }
    }

    @Test
    void planOfOneMonthIsThePriceAndOutsideThePeriodZero() {
        assertEquals(Map.of(YearMonth.of(2027, 3), m("100.00")), MonthlyPlan.of(LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 20), m("100")));
        assertEquals(m("0.00"), MonthlyPlan.month(LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 20), m("100"), YearMonth.of(2027, 4)));
        assertTrue(MonthlyPlan.of(LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 4), m("100")).isEmpty());
    }

    @Test
    void advanceIsTheShareOfThePlanRoundedDown() {
        // 80 % of (1697.72 + 2263.63) = 3169.08 exactly
        assertEquals(m("3169.08"), Advance.of(m("80"), List.of(m("1697.72"), m("2263.63"))));
        // 75 % of 0.03 = 0.0225 → 0.02 (half-up would also give 0.02); 75 % of 0.07 = 0.0525 → 0.05
        assertEquals(m("0.05"), Advance.of(m("75"), List.of(m("0.07"))));
        // 30 % of 10.05 = 3.015 → 3.01 where half-up gives 3.02
        assertEquals(m("3.01"), Advance.of(m("30"), List.of(m("10.05"))));
        assertEquals(m("0.00"), Advance.of(m("80"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Advance.of(m("101"), List.of(m("1"))));
    }

    @Test
    void advanceIsPaidOnTheSecondWorkingDay() {
        WorkingDays rule = WorkingDays.STATUTORY;
        // March 2027: Monday 1st, Tuesday 2nd
        assertEquals(LocalDate.of(2027, 3, 2), Advance.payDay(rule, YearMonth.of(2027, 3), 2));
        // August 2027 starts on a Sunday: Monday 2nd, Tuesday 3rd
        assertEquals(LocalDate.of(2027, 8, 3), Advance.payDay(rule, YearMonth.of(2027, 8), 2));
        // May 2027: 1 May a Saturday (its day off moves to Monday 3rd), Sunday 2nd → Tuesday 4th, Wednesday 5th
        assertEquals(LocalDate.of(2027, 5, 5), Advance.payDay(rule, YearMonth.of(2027, 5), 2));
        assertEquals(LocalDate.of(2027, 3, 31), Advance.payDay(rule, YearMonth.of(2027, 3), 40));
    }

    @Test
    void thePayDayFollowsTheDecreesTransfers() {
        // November 2025 (Постановление № 1335): Saturday 1st worked, Monday 3rd and Tuesday 4th off → 1st, then Wednesday 5th
        WorkingDays decree = new WorkingDays(Map.of(LocalDate.of(2025, 11, 1), DayKind.WORKING, LocalDate.of(2025, 11, 3), DayKind.NON_WORKING));
        assertEquals(LocalDate.of(2025, 11, 5), Advance.payDay(decree, YearMonth.of(2025, 11), 2));
        assertEquals(LocalDate.of(2025, 11, 5), Advance.payDay(WorkingDays.STATUTORY, YearMonth.of(2025, 11), 2), "the rule: Monday 3rd, Wednesday 5th");
        // a day off the administrator adds on the 2nd working day moves the pay day to the next one
        WorkingDays dayOff = new WorkingDays(Map.of(LocalDate.of(2027, 3, 2), DayKind.NON_WORKING));
        assertEquals(LocalDate.of(2027, 3, 3), Advance.payDay(dayOff, YearMonth.of(2027, 3), 2));
        // January 2026 (Постановление № 1466): 1–8 January holidays, Friday 9th off → Monday 12th, Tuesday 13th
        WorkingDays newYear = new WorkingDays(Map.of(LocalDate.of(2026, 1, 9), DayKind.NON_WORKING));
        assertEquals(LocalDate.of(2026, 1, 13), Advance.payDay(newYear, YearMonth.of(2026, 1), 2));
    }

    @Test
    void invoiceIsDeliveredLessAdvanceWithLinesRoundedHalfUp() {
        Settlement s = Settlement.of(List.of(
                new Settlement.Line(1, m("8"), m("169.55"), m("1356.405")), // → 1356.41
                new Settlement.Line(2, m("6.5"), m("169.55"), m("1102.075"))), // → 1102.08
                m("2000.00"), null);
        assertEquals(m("2458.49"), s.delivered());
        assertEquals(m("458.49"), s.due());
        assertEquals(m("0.00"), s.carriedForward());
    }

    @Test
    void overpaymentIsCarriedForwardOverSeveralMonths() {
        // month 1: advance 3000, delivered 1000 → 2000 carried forward
        Settlement jan = Settlement.of(List.of(new Settlement.Line(1, m("5.9"), m("169.55"), m("1000.00"))), m("3000"), null);
        assertEquals(m("0.00"), jan.due());
        assertEquals(m("2000.00"), jan.carriedForward());
        // month 2: no advance (reimbursement-like), delivered 1500 → still 500 carried forward
        Settlement feb = Settlement.of(List.of(new Settlement.Line(1, m("8.85"), m("169.55"), m("1500.00"))), m("0"), jan.carriedForward());
        assertEquals(m("0.00"), feb.due());
        assertEquals(m("500.00"), feb.carriedForward());
        // month 3: delivered 1200, advance 100 → due 600, nothing carried
        Settlement mar = Settlement.of(List.of(new Settlement.Line(1, m("7.08"), m("169.55"), m("1200.00"))), m("100"), feb.carriedForward());
        assertEquals(m("600.00"), mar.due());
        assertEquals(m("0.00"), mar.carriedForward());
        // across the three months: paid = advances + dues = delivered
        assertEquals(m("3700.00"), m("3000").add(jan.due()).add(feb.due()).add(m("100")).add(mar.due()));
    }

    @Test
    void zeroMonthCarriesTheAdvanceForwardAndReimbursementPaysDelivered() {
        Settlement empty = Settlement.of(List.of(), m("800.00"), null);
        assertEquals(m("0.00"), empty.delivered());
        assertEquals(m("0.00"), empty.due());
        assertEquals(m("800.00"), empty.carriedForward());
        Settlement nothing = Settlement.of(List.of(), null, null);
        assertEquals(m("0.00"), nothing.due());
        assertEquals(m("0.00"), nothing.carriedForward());
        Settlement reimbursement = Settlement.of(List.of(new Settlement.Line(3, m("1"), m("169.55"), m("169.55"))), BigDecimal.ZERO, null);
        assertEquals(m("169.55"), reimbursement.due());
    }
}
