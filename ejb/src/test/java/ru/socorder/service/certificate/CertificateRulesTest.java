package ru.socorder.service.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.OnePer;
import ru.socorder.model.certificate.PersonKey;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;

/** The plain rules of the certificate boundaries: terms, a child's record, the request fingerprint, the volume, the queue. */
class CertificateRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static TermsForm terms() {
        TermsForm f = new TermsForm();
        f.setTerritoryId(1L);
        f.setYear(2027);
        f.setValidFrom(LocalDate.of(2027, 1, 1));
        f.setValidTo(LocalDate.of(2027, 12, 31));
        f.setNominalHours(new BigDecimal("72"));
        f.setNominalAmount(new BigDecimal("12207.60"));
        f.setAgeFrom(5);
        f.setAgeTo(17);
        f.setOnePer("direction");
        return f;
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void termsNeedAPositiveNominalInKopecksAPeriodInTheYearAndAnAgeBand() {
        assertEquals(List.of(), TermsRules.check(terms()));
        assertEquals(OnePer.DIRECTION, TermsRules.onePer("direction"));
        assertEquals(OnePer.SERVICE, TermsRules.onePer(null), "per service unless said otherwise");

        TermsForm bad = terms();
        bad.setNominalAmount(new BigDecimal("12207.605"));
        bad.setNominalHours(BigDecimal.ZERO);
        bad.setValidTo(LocalDate.of(2026, 12, 31));
        bad.setAgeTo(4);
        bad.setOnePer("child");
        bad.setAnswerDays(0);
        List<FieldError> errors = TermsRules.check(bad);
        assertEquals(List.of("validTo", "nominalHours", "nominalAmount", "ageTo", "onePer", "answerDays"), fields(errors));
        assertTrue(errors.get(2).message().contains("не более чем с 2 знаками"), "a legal amount is never rounded silently");

        TermsForm otherYear = terms();
        otherYear.setValidFrom(LocalDate.of(2026, 9, 1));
        assertEquals(List.of("validFrom"), fields(TermsRules.check(otherYear)));
    }

    private static ConsumerForm child() {
        ConsumerForm f = new ConsumerForm();
        f.setTerritoryId(1L);
        f.setLastName("Иванова");
        f.setFirstName("Анна");
        f.setBirthDate(LocalDate.of(2015, 3, 8));
        f.setSnils(Snils.withCheckNumber("112233445"));
        return f;
    }

    @Test
    void aChildNeedsANameABirthDateInThePastAndAValidSnils() {
        assertEquals(List.of(), ConsumerRules.check(child(), TODAY));
        ConsumerForm bad = child();
        bad.setLastName(" ");
        bad.setBirthDate(TODAY.plusDays(1));
        bad.setSnils("112-233-445 00");
        bad.setRepSnils("123");
        assertEquals(List.of("lastName", "birthDate", "snils", "repSnils"), fields(ConsumerRules.check(bad, TODAY)));
        assertEquals(List.of("consumer.snils"), fields(ConsumerRules.check(withSnils("11223344500"), TODAY, "consumer.")),
                "inside an application the fields are named by their path");
    }

    private static ConsumerForm withSnils(String snils) {
        ConsumerForm f = child();
        f.setSnils(snils);
        return f;
    }

    @Test
    void duplicatesAreFoundByNameAndBirthDateWhateverTheSpelling() {
        LocalDate born = LocalDate.of(2015, 3, 8);
        assertEquals(PersonKey.of("Семёнова", "Анна-Мария", null, born), PersonKey.of(" СЕМЕНОВА", "анна - мария", "", born));
        assertEquals(PersonKey.of("Осипова", "Анна", null, born), PersonKey.of("Ocипова", "Aннa", null, born), "Latin lookalikes");
        assertNotEquals(PersonKey.of("Осипова", "Анна", null, born), PersonKey.of("Осипова", "Анна", null, born.plusDays(1)));
    }

    @Test
    void theRequestFingerprintTellsARepetitionFromAnotherRequest() {
        ApplicationForm a = new ApplicationForm();
        a.setConsumerId(5L);
        a.setServiceId(7L);
        a.setStartsOn(LocalDate.of(2027, 9, 1));
        a.setChannel("epgu");
        ApplicationForm same = new ApplicationForm();
        same.setConsumerId(5L);
        same.setServiceId(7L);
        same.setStartsOn(LocalDate.of(2027, 9, 1));
        same.setChannel(" EPGU ");
        assertEquals(RequestHash.of(a), RequestHash.of(same));
        assertEquals(64, RequestHash.of(a).length());
        same.setStartsOn(LocalDate.of(2027, 10, 1));
        assertNotEquals(RequestHash.of(a), RequestHash.of(same));
    }

    @Test
    void anIdempotencyKeyIsRequiredAndShort() {
        assertEquals("abc-1", CertificateApplications.checkedKey(" abc-1 "));
        assertThrows(ValidationFailed.class, () -> CertificateApplications.checkedKey(null));
        assertThrows(ValidationFailed.class, () -> CertificateApplications.checkedKey("ключ"));
        assertThrows(ValidationFailed.class, () -> CertificateApplications.checkedKey("k".repeat(101)));
    }

    @Test
    void anOrderInPersonHoursCountsTheNominalHoursAnyOtherUnitCountsChildren() {
        CertificateTerms t = new CertificateTerms(null, 2027, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("72"),
                new BigDecimal("12207.60"), 5, 17);
        assertEquals(new BigDecimal("72"), Eligibility.demand("539", t));
        assertEquals(BigDecimal.ONE, Eligibility.demand("792", t));
        assertEquals(new BigDecimal("216"), VolumeUse.used("539", 3, new BigDecimal("216")));
        assertEquals(BigDecimal.valueOf(3), VolumeUse.used("792", 3, new BigDecimal("216")));
        assertEquals(BigDecimal.ZERO, VolumeUse.used("539", 0, null));
    }

    @Test
    void theQueueIsFirstComeFirstServedAndTimesKeepMicroseconds() throws Exception {
        Instant t = Instant.parse("2027-01-10T10:00:00Z");
        List<CertificateApplication> queue = new ArrayList<>(List.of(queued(3, t.plusSeconds(5)), queued(9, t), queued(4, t)));
        queue.sort(VolumeUse.QUEUE_ORDER);
        assertEquals(List.of(4L, 9L, 3L), queue.stream().map(CertificateApplication::getId).toList());
        Clock clock = Clock.fixed(Instant.parse("2027-01-10T10:00:00.123456789Z"), ZoneOffset.UTC);
        assertEquals(Instant.parse("2027-01-10T10:00:00.123456Z"), VolumeUse.now(clock));
    }

    private static CertificateApplication queued(long id, Instant at) throws Exception {
        CertificateApplication a = new CertificateApplication("clerk", "k" + id, "h", null, null, null, null, 2027, LocalDate.of(2027, 9, 1), at);
        a.moveTo(CertificateApplicationStatus.QUEUED, at);
        Field f = CertificateApplication.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(a, id);
        return a;
    }
}
