package ru.socorder.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BankAccountRulesTest {
    /** A correspondent account as the Bank of Russia's directory lists it (ПАО Сбербанк, Москва). */
    private static final String SBER_BIK = "044525225";
    private static final String SBER_CORR = "30101810400000000225";

    @Test
    void accountsInACreditInstitutionAreCheckedWithTheLastThreeDigitsOfTheBik() {
        assertTrue(BankAccountRules.keyValid(SBER_BIK, "40702810938000000001"));
        assertFalse(BankAccountRules.keyValid(SBER_BIK, "40702810938000000002"), "the last digit mistyped");
        assertFalse(BankAccountRules.keyValid(SBER_BIK, "40702810398000000001"), "two digits swapped");
        assertFalse(BankAccountRules.keyValid("044525974", "40702810938000000001"), "the account of another bank");
    }

    @Test
    void correspondentAccountsAreCheckedWithTheBikDigitsOfTheBankOfRussiaDivision() {
        assertTrue(BankAccountRules.correspondentKeyValid(SBER_BIK, SBER_CORR));
        assertTrue(BankAccountRules.correspondentKeyValid("044525974", "30101810145250000974"));
        assertTrue(BankAccountRules.correspondentKeyValid("044525187", "30101810700000000187"));
        assertFalse(BankAccountRules.correspondentKeyValid(SBER_BIK, "30101810500000000225"));
    }

    @Test
    void aTreasuryBodysSingleAccountIsCheckedLikeABankOfRussiaAccountAndTreasuryAccountsCarryNoKey() {
        // ЕКС of УФК по г. Москве at БИК ТОФК 004525988
        assertTrue(BankAccountRules.keyValid("004525988", "40102810545370000003"));
        BankDetails treasury = new BankDetails("МБУ ДО «Радуга»", "03234643417000004500", "004525988",
                "ГУ Банка России по ЦФО//УФК по г. Москве", "40102810545370000003", "20736Ц12340");
        assertEquals(Map.of(), treasury.problems());
    }

    @Test
    void completeValidDetailsHaveNoProblemsAndSeparatorsAreDropped() {
        BankDetails d = new BankDetails(" ООО «Мир» ", "40702 810 9 3800 0000001", "04-45-25-225", "ПАО Сбербанк", SBER_CORR, " ");
        assertEquals(Map.of(), d.problems());
        assertEquals("40702810938000000001", d.getAccount());
        assertEquals("044525225", d.getBik());
        assertEquals("ООО «Мир»", d.getPayeeName());
        assertEquals(null, d.getTreasuryAccount());
    }

    @Test
    void eachWrongPartIsNamedAtItsField() {
        Map<String, String> p = new BankDetails(null, "4070281093800000000", "04452522X", null, "301018104000000002", null).problems();
        assertEquals("Укажите получателя платежа", p.get("payeeName"));
        assertEquals("БИК: допустимы только цифры, в позиции 9 указан символ «X»", p.get("bik"));
        assertEquals("Счёт: нужно 20 цифр, указано 19", p.get("account"));
        assertEquals("Укажите наименование банка (органа казначейства)", p.get("bankName"));
        assertEquals("Корреспондентский счёт: нужно 20 цифр, указано 18", p.get("correspondentAccount"));
    }

    @Test
    void aMismatchedKeySaysWhatToCheck() {
        Map<String, String> p = new BankDetails("ООО «Мир»", "40702810938000000002", SBER_BIK, "ПАО Сбербанк", SBER_CORR, null).problems();
        assertEquals("Счёт 40702810938000000002 не соответствует БИК 044525225: не сходится контрольный ключ — проверьте счёт и БИК",
                p.get("account"));
        assertEquals(1, p.size());
    }

    @Test
    void emptyDetailsAreEmpty() {
        assertTrue(new BankDetails(" ", null, "", null, null, null).isEmpty());
        assertFalse(new BankDetails("x", null, null, null, null, null).isEmpty());
    }
}
