package ru.socorder.service.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.socorder.model.catalog.Licence;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Ogrn;
import ru.socorder.model.registry.InclusionRefusal;

class RegistryChecksTest {
    private static final LocalDate ON = LocalDate.of(2024, 3, 15);
    private static final String INN = Inn.withCheckDigits("471001234");
    private static final String OGRN = Ogrn.withCheckDigit("102470100123");
    private static final Licence VALID = new Licence("Л035-01", LocalDate.of(2020, 1, 10), "Комитет", "образование", null);
    private static final RegistryChecks.ServiceFacts LICENSED = new RegistryChecks.ServiceFacts("804200О.99.0.ББ52АЕ04000",
            "Реализация дополнительных общеразвивающих программ", true, new BigDecimal("40"));

    private static RegistryChecks.Facts facts(String name, Licence licence, List<String> special, RegistryChecks.ServiceFacts... services) {
        return new RegistryChecks.Facts(name, null, true, INN, "471001001", OGRN, false, special, licence, List.of(services), ON, 2024);
    }

    private static Map<String, RegistryChecks.Check> byCode(RegistryChecks.Facts f) {
        return RegistryChecks.of(f).stream().collect(Collectors.toMap(RegistryChecks.Check::code, Function.identity()));
    }

    @Test
    void aCompleteApplicationPassesEveryCheck() {
        List<RegistryChecks.Check> checks = RegistryChecks.of(facts("АНО «Перспектива»", VALID, List.of("детская школа искусств"), LICENSED));
        assertTrue(RegistryChecks.allPassed(checks), checks.toString());
        assertEquals(List.of("LICENCE", "IDENTIFIERS", "SPECIAL_NAME", "SERVICE_IN_ORDER"), checks.stream().map(RegistryChecks.Check::code).toList());
        assertEquals("Объём по сертификатам на 2024 год: 40", checks.get(3).detail());
        assertNull(checks.get(0).refusal());
    }

    @Test
    void aServiceThatNeedsALicenceNeedsOneValidOnTheDate() {
        assertEquals(InclusionRefusal.NO_LICENCE, byCode(facts("АНО", null, List.of(), LICENSED)).get("LICENCE").refusal());
        Licence expired = new Licence("Л-1", LocalDate.of(2015, 1, 1), null, null, LocalDate.of(2024, 3, 14));
        RegistryChecks.Check c = byCode(facts("АНО", expired, List.of(), LICENSED)).get("LICENCE");
        assertFalse(c.passed());
        assertEquals(InclusionRefusal.LICENCE_INVALID, c.refusal());
        assertEquals("Лицензия № Л-1 действовала до 14.03.2024", c.detail());
        Licence lastDay = new Licence("Л-2", LocalDate.of(2015, 1, 1), null, null, ON);
        assertTrue(byCode(facts("АНО", lastDay, List.of(), LICENSED)).get("LICENCE").passed(), "valid through its last day");
        Licence future = new Licence("Л-3", ON.plusDays(1), null, null, null);
        assertFalse(byCode(facts("АНО", future, List.of(), LICENSED)).get("LICENCE").passed(), "not yet issued on the date");
        RegistryChecks.ServiceFacts free = new RegistryChecks.ServiceFacts("1", "Спорт", false, BigDecimal.TEN);
        assertTrue(byCode(facts("АНО", null, List.of(), free)).get("LICENCE").passed(), "no service needs one");
    }

    @Test
    void identifiersAreCheckedByTheirCheckDigitsAndALegalEntityHasAKpp() {
        String valid = Inn.withCheckDigits("471001234");
        String wrongDigit = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);
        RegistryChecks.Facts bad = new RegistryChecks.Facts("АНО", null, true, wrongDigit, null, OGRN, false, List.of(), VALID,
                List.of(LICENSED), ON, 2024);
        RegistryChecks.Check c = byCode(bad).get("IDENTIFIERS");
        assertFalse(c.passed());
        assertEquals(InclusionRefusal.IDENTIFIERS_INVALID, c.refusal());
        assertTrue(c.detail().contains("КПП не указан"), c.detail());
        assertTrue(c.detail().startsWith("ИНН"), c.detail());
        RegistryChecks.Facts entrepreneur = new RegistryChecks.Facts("ИП Соколова", null, false, Inn.withCheckDigits("4710012345"), null,
                Ogrn.withCheckDigit("30447010012345"), false, List.of(), VALID, List.of(LICENSED), ON, 2024);
        assertTrue(byCode(entrepreneur).get("IDENTIFIERS").passed(), byCode(entrepreneur).get("IDENTIFIERS").detail());
    }

    @Test
    void aSpecialNameOfTheDecisionsListExcludesIgnoringCaseAndYo() {
        RegistryChecks.Check c = byCode(facts("МБУ ДО «Лужская ДЕТСКАЯ Школа Искусств»", VALID,
                List.of("детская музыкальная школа", "детская школа искусств"), LICENSED)).get("SPECIAL_NAME");
        assertFalse(c.passed());
        assertEquals(InclusionRefusal.SPECIAL_NAME, c.refusal());
        assertTrue(c.detail().contains("«детская школа искусств»"), c.detail());
        RegistryChecks.Facts marked = new RegistryChecks.Facts("МБУ ДО «Школа»", null, true, INN, "471001001", OGRN, true, List.of(), VALID,
                List.of(LICENSED), ON, 2024);
        assertFalse(byCode(marked).get("SPECIAL_NAME").passed(), "the catalogue's mark counts too");
        assertTrue(byCode(facts("ДШИ-Ёлочка", VALID, List.of("ёлочка"), LICENSED)).get("SPECIAL_NAME").passed() == false);
    }

    @Test
    void eachServiceNeedsAnApprovedOrderWithACertificateVolume() {
        RegistryChecks.ServiceFacts none = new RegistryChecks.ServiceFacts("2", "Туризм", false, null);
        RegistryChecks.ServiceFacts zero = new RegistryChecks.ServiceFacts("3", "Шахматы", false, BigDecimal.ZERO);
        List<RegistryChecks.Check> checks = RegistryChecks.of(facts("АНО", VALID, List.of(), LICENSED, none, zero));
        assertEquals(6, checks.size());
        assertTrue(checks.get(3).passed());
        assertEquals("Утверждённого социального заказа органа с этой услугой на 2024 год нет", checks.get(4).detail());
        assertEquals("В социальном заказе на 2024 год нет объёма по сертификатам", checks.get(5).detail());
        assertEquals(InclusionRefusal.SERVICE_NOT_IN_ORDER, checks.get(5).refusal());
        assertFalse(RegistryChecks.allPassed(RegistryChecks.of(facts("АНО", VALID, List.of()))), "an application without services");
    }
}
