package ru.socorder.service.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.OnePer;
import ru.socorder.model.certificate.RefusalReason;
import ru.socorder.service.certificate.Eligibility.Holding;
import ru.socorder.service.certificate.Eligibility.Outcome;
import ru.socorder.service.certificate.Eligibility.QueueStep;
import ru.socorder.service.certificate.Eligibility.Request;
import ru.socorder.service.certificate.Eligibility.Verdict;
import ru.socorder.service.certificate.Eligibility.Volume;

class EligibilityTest {
    private static final Territory REGION = new Territory(TerritoryLevel.REGION, "Ленинградская область", null, null);
    private static final Territory LUGA = new Territory(TerritoryLevel.MUNICIPALITY, "Лужский район", null, REGION);
    private static final Territory GATCHINA = new Territory(TerritoryLevel.MUNICIPALITY, "Гатчинский район", null, REGION);
    private static final LocalDate START = LocalDate.of(2024, 9, 1);
    private static final long SERVICE = 10;
    private static final long OTHER_SERVICE = 11;
    private static final Long DIRECTION = 3L;
    private static final Volume ROOM = new Volume(new BigDecimal("500"), new BigDecimal("499"), BigDecimal.ONE);

    private static CertificateTerms terms(Territory t, OnePer onePer) {
        CertificateTerms terms = new CertificateTerms(t, 2024, START, LocalDate.of(2024, 12, 31), new BigDecimal("72"), new BigDecimal("12207.60"),
                5, 17);
        terms.setOnePer(onePer);
        return terms;
    }

    private static Request child(LocalDate born) {
        return new Request(born, LUGA, START, SERVICE, DIRECTION);
    }

    private static Verdict check(CertificateTerms terms, Request r, List<Holding> holdings, Volume v) {
        return Eligibility.check(terms, r, holdings, v);
    }

    @Test
    void aChildOfTheTerritoryInTheAgeBandGetsTheLastUnitOfTheVolume() {
        Verdict v = check(terms(LUGA, OnePer.SERVICE), child(LocalDate.of(2015, 3, 8)), List.of(), ROOM);
        assertEquals(Outcome.ISSUE, v.outcome());
        assertEquals(List.of(), v.reasons());
    }

    @Test
    void anExhaustedVolumeQueuesAndNoVolumeAtAllRefuses() {
        CertificateTerms terms = terms(LUGA, OnePer.SERVICE);
        Request r = child(LocalDate.of(2015, 3, 8));
        assertEquals(Outcome.QUEUE, check(terms, r, List.of(), new Volume(new BigDecimal("500"), new BigDecimal("500"), BigDecimal.ONE)).outcome());
        assertEquals(Outcome.QUEUE, check(terms, r, List.of(), new Volume(new BigDecimal("1000"), new BigDecimal("950"), new BigDecimal("72")))
                .outcome(), "an order in человеко-часы: 950 + 72 > 1000");
        assertEquals(RefusalReason.NO_VOLUME, check(terms, r, List.of(), new Volume(null, BigDecimal.ZERO, BigDecimal.ONE)).reason());
        assertEquals(RefusalReason.NO_VOLUME, check(terms, r, List.of(), new Volume(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE)).reason());
    }

    @Test
    void theAgeIsCountedInCompletedYearsOnTheStartDate() {
        CertificateTerms terms = terms(LUGA, OnePer.SERVICE);
        assertEquals(RefusalReason.AGE, check(terms, child(LocalDate.of(2019, 9, 2)), List.of(), ROOM).reason(), "4 on 1 September, 5 the next day");
        assertEquals(Outcome.ISSUE, check(terms, child(LocalDate.of(2019, 9, 1)), List.of(), ROOM).outcome(), "5 on the day");
        assertEquals(Outcome.ISSUE, check(terms, child(LocalDate.of(2006, 9, 2)), List.of(), ROOM).outcome(), "17, the day before 18");
        assertEquals(RefusalReason.AGE, check(terms, child(LocalDate.of(2006, 9, 1)), List.of(), ROOM).reason(), "18: «до 18 лет» is 5..17");
    }

    @Test
    void aChildOfAnotherTerritoryIsRefusedAndARegionCoversItsMunicipalities() {
        Request fromGatchina = new Request(LocalDate.of(2015, 3, 8), GATCHINA, START, SERVICE, DIRECTION);
        assertEquals(RefusalReason.TERRITORY, check(terms(LUGA, OnePer.SERVICE), fromGatchina, List.of(), ROOM).reason());
        assertEquals(Outcome.ISSUE, check(terms(REGION, OnePer.SERVICE), fromGatchina, List.of(), ROOM).outcome());
    }

    @Test
    void oneActiveCertificatePerServiceOrPerDirectionAndYear() {
        Request r = child(LocalDate.of(2015, 3, 8));
        List<Holding> sameService = List.of(new Holding(SERVICE, DIRECTION, 2024));
        List<Holding> otherServiceSameDirection = List.of(new Holding(OTHER_SERVICE, DIRECTION, 2024));
        assertEquals(RefusalReason.ALREADY_HOLDS, check(terms(LUGA, OnePer.SERVICE), r, sameService, ROOM).reason());
        assertEquals(Outcome.ISSUE, check(terms(LUGA, OnePer.SERVICE), r, otherServiceSameDirection, ROOM).outcome());
        assertEquals(RefusalReason.ALREADY_HOLDS_DIRECTION, check(terms(LUGA, OnePer.DIRECTION), r, otherServiceSameDirection, ROOM).reason());
        assertEquals(Outcome.ISSUE, check(terms(LUGA, OnePer.DIRECTION), r, List.of(new Holding(SERVICE, DIRECTION, 2023)), ROOM).outcome(),
                "last year's certificate does not count");
        Request noDirection = new Request(LocalDate.of(2015, 3, 8), LUGA, START, SERVICE, null);
        assertEquals(RefusalReason.ALREADY_HOLDS, check(terms(LUGA, OnePer.DIRECTION), noDirection, sameService, ROOM).reason(),
                "a service without a direction counts by itself");
    }

    @Test
    void withoutTermsOrOutsideTheirPeriodNothingIsIssuedAndEveryReasonIsListed() {
        assertEquals(List.of(RefusalReason.NO_TERMS), check(null, child(LocalDate.of(2015, 3, 8)), List.of(), ROOM).reasons());
        Request late = new Request(LocalDate.of(2006, 1, 1), GATCHINA, LocalDate.of(2025, 1, 10), SERVICE, DIRECTION);
        Verdict v = check(terms(LUGA, OnePer.SERVICE), late, List.of(new Holding(SERVICE, DIRECTION, 2024)), new Volume(null, BigDecimal.ZERO,
                BigDecimal.ONE));
        assertEquals(Outcome.REFUSE, v.outcome());
        assertEquals(List.of(RefusalReason.OUTSIDE_PERIOD, RefusalReason.TERRITORY, RefusalReason.AGE, RefusalReason.ALREADY_HOLDS,
                RefusalReason.NO_VOLUME), v.reasons());
        assertEquals(RefusalReason.OUTSIDE_PERIOD, v.reason(), "the code the application stores");
    }

    @Test
    void servingTheQueueRefusesWhatTheIntakeWouldRefuseAndOnlyALackOfRoomKeepsItWaiting() {
        CertificateTerms terms = terms(LUGA, OnePer.DIRECTION);
        Request r = child(LocalDate.of(2015, 3, 8));
        Volume exhausted = new Volume(new BigDecimal("500"), new BigDecimal("500"), BigDecimal.ONE);
        assertEquals(QueueStep.SERVE, Eligibility.whenServed(check(terms, r, List.of(), ROOM)), "room: the certificate is issued");
        assertEquals(QueueStep.WAIT, Eligibility.whenServed(check(terms, r, List.of(), exhausted)), "no room yet: it keeps its place");
        Map<RefusalReason, Verdict> refusals = new LinkedHashMap<>();
        refusals.put(RefusalReason.NO_TERMS, check(null, r, List.of(), exhausted));
        refusals.put(RefusalReason.OUTSIDE_PERIOD, check(terms, new Request(r.birthDate(), LUGA, LocalDate.of(2025, 1, 10), SERVICE, DIRECTION),
                List.of(), exhausted));
        refusals.put(RefusalReason.TERRITORY, check(terms, new Request(r.birthDate(), GATCHINA, START, SERVICE, DIRECTION), List.of(), exhausted));
        refusals.put(RefusalReason.AGE, check(terms, child(LocalDate.of(2020, 1, 1)), List.of(), exhausted));
        refusals.put(RefusalReason.ALREADY_HOLDS_DIRECTION, check(terms, r, List.of(new Holding(OTHER_SERVICE, DIRECTION, 2024)), exhausted));
        refusals.put(RefusalReason.ALREADY_HOLDS, check(terms(LUGA, OnePer.SERVICE), r, List.of(new Holding(SERVICE, DIRECTION, 2024)), ROOM));
        refusals.put(RefusalReason.NO_VOLUME, check(terms, r, List.of(), new Volume(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE)));
        refusals.forEach((reason, verdict) -> {
            assertEquals(QueueStep.REFUSE, Eligibility.whenServed(verdict), reason + " refuses, with or without room");
            assertEquals(reason, verdict.reason(), "the code the application stores");
            assertEquals(reason.text(), verdict.text(), "the text the adapters pass on");
        });
        Verdict two = check(terms, new Request(LocalDate.of(2020, 1, 1), GATCHINA, START, SERVICE, DIRECTION), List.of(), ROOM);
        assertEquals(RefusalReason.TERRITORY.text() + "; " + RefusalReason.AGE.text(), two.text(), "every reason, as the intake stores them");
        assertEquals(QueueStep.REFUSE, Eligibility.whenServed(new Verdict(Outcome.REFUSE, List.of(RefusalReason.YEAR_CLOSING))),
                "the year's issuing stopped: the wait would never end");
    }

    @Test
    void aCertificateTakesItsNominalHoursOfAnOrderInPersonHoursAndOneChildOtherwise() {
        CertificateTerms terms = terms(LUGA, OnePer.SERVICE);
        assertEquals(new BigDecimal("72"), Eligibility.demand(Eligibility.PERSON_HOURS, terms));
        assertEquals(BigDecimal.ONE, Eligibility.demand("792", terms));
    }
}
