package ru.socorder.service.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.exchange.RuleResult;

class ExecutorRulesTest {
    private static ExecutorDraft draft(String type, String inn, String kpp, String ogrn, String snils) {
        ExecutorDraft d = new ExecutorDraft();
        d.setType(type);
        d.setFullName("Тест");
        d.setInn(inn);
        d.setKpp(kpp);
        d.setOgrn(ogrn);
        d.setSnils(snils);
        return d;
    }

    private static List<String> fields(RuleResult r) {
        return r.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void legalEntityNeedsTenDigitInnKppAndOgrn() {
        assertEquals(List.of(), fields(ExecutorRules.check(draft("NGO", "7707083893", "770701001", "1027700132195", null))));
        assertEquals(List.of("inn", "kpp", "ogrn"), fields(ExecutorRules.check(draft("NGO", "500100732259", null, null, null))));
    }

    @Test
    void entrepreneurHasTwelveDigitInnOgrnipAndNoKpp() {
        assertEquals(List.of(), fields(ExecutorRules.check(draft("INDIVIDUAL_ENTREPRENEUR", "500100732259", null, "304500116000157", null))));
        RuleResult wrong = ExecutorRules.check(draft("INDIVIDUAL_ENTREPRENEUR", "500100732259", "770701001", "1027700132195", null));
        assertEquals(List.of("kpp", "ogrn"), fields(wrong));
        assertTrue(wrong.errors().get(1).message().startsWith("ОГРНИП"));
    }

    @Test
    void naturalPersonNeedsSnilsAndHasNoOgrn() {
        assertEquals(List.of("snils"), fields(ExecutorRules.check(draft("NATURAL_PERSON", "500100732259", null, null, null))));
        assertEquals(List.of(), fields(ExecutorRules.check(draft("NATURAL_PERSON", "500100732259", null, null, "112-233-445 95"))));
        assertEquals(List.of("ogrn"), fields(ExecutorRules.check(draft("NATURAL_PERSON", "500100732259", null, "304500116000157", "11223344595"))));
    }

    @Test
    void licenceMustHaveANumberAndSensibleDates() {
        ExecutorDraft d = draft("NGO", "7707083893", "770701001", "1027700132195", null);
        LicenceDraft l = new LicenceDraft();
        l.setIssuedOn(LocalDate.of(2024, 5, 1));
        l.setValidUntil(LocalDate.of(2023, 5, 1));
        d.getLicences().add(l);
        assertEquals(List.of("licences[0].number", "licences[0].validUntil"), fields(ExecutorRules.check(d)));
    }

    @Test
    void unknownTypeAndBadEmailAreReported() {
        ExecutorDraft d = draft("SOMETHING", "7707083893", null, null, null);
        d.setEmail("not-an-email");
        assertEquals(List.of("type", "email"), fields(ExecutorRules.check(d)));
    }
}
