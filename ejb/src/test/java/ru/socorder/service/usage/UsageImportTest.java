package ru.socorder.service.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.ImportRow;

/** The rows of a file of delivered hours, checked as entries. */
class UsageImportTest {
    private static final UsageRules.Terms TERMS = new UsageRules.Terms("2027-1", new BigDecimal("72"), new BigDecimal("169.55"),
            new BigDecimal("12207.60"), YearMonth.of(2027, 1), YearMonth.of(2027, 6), true);

    private final UsageImport.Lookup lookup = new UsageImport.Lookup() {
        @Override
        public UsageImport.Contract contract(String number) {
            return number.equals("2027-1") ? new UsageImport.Contract(1, TERMS) : null;
        }

        @Override
        public UsageRules.Others others(long contractId, YearMonth month) {
            return new UsageRules.Others(new BigDecimal("60"), new BigDecimal("10173.00"));
        }

        @Override
        public boolean submitted(long contractId, YearMonth month) {
            return month.equals(YearMonth.of(2027, 1));
        }
    };

    private UsageImport reader() {
        return new UsageImport(List.of("Номер договора", "Месяц", "Часы"), lookup);
    }

    @Test
    void anAcceptedRowCarriesTheContractMonthAndHours() {
        UsageImport.Checked c = reader().check(2, List.of("2027-1", "02.2027", "8,5"));
        assertEquals(ImportRow.Status.VALID, c.row().status());
        assertEquals(new UsageImport.Draft(2, 1, "2027-1", "2027-02", new BigDecimal("8.5")), c.draft());
    }

    @Test
    void eachRefusalSaysWhy() {
        UsageImport r = reader();
        assertEquals("Договора № 9 нет среди договоров исполнителя", refusal(r.check(2, List.of("9", "02.2027", "1"))));
        assertEquals("Месяц январь 2027 уже отправлен: часы исправляет специалист уполномоченного органа",
                refusal(r.check(3, List.of("2027-1", "2027-01", "1"))));
        assertEquals("Больше остатка часов по договору № 2027-1: осталось 12 из 72 ч", refusal(r.check(4, List.of("2027-1", "03.2027", "13"))));
        assertEquals("Часы «много» — не число", refusal(r.check(5, List.of("2027-1", "03.2027", "много"))));
        assertEquals("Месяц «март» не распознан: укажите его как ММ.ГГГГ или ГГГГ-ММ", refusal(r.check(6, List.of("2027-1", "март", "1"))));
        assertNull(r.check(7, List.of("", " ", "")), "a blank row is skipped");
        assertEquals(ImportRow.Status.VALID, r.check(8, List.of("2027-1", "04.2027", "2")).row().status());
        assertEquals("Повторяет строку 8: тот же договор за тот же месяц", refusal(r.check(9, List.of("2027-1", "2027-04", "3"))));
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWhole() {
        assertThrows(ValidationFailed.class, () -> new UsageImport(List.of("Фамилия", "Имя"), lookup));
    }

    private static String refusal(UsageImport.Checked c) {
        assertEquals(ImportRow.Status.REJECTED, c.row().status());
        assertNull(c.draft());
        return c.row().messageText();
    }
}
