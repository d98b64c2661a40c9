package ru.socorder.service.certificate.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.registry.Orientation;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.RegistryEntryStatus;

class EnrolmentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 8, 20);
    private static final LocalDate BORN = LocalDate.of(2016, 5, 10);
    private final Territory tosno = new Territory(TerritoryLevel.MUNICIPALITY, "Тосненский район", Oktmo.of("41648000"), null);
    private final AuthorisedBody authority = new AuthorisedBody("Комитет образования", "Комитет", tosno);
    private final SocialService service = new SocialService(RegistryNumber.of("804200О.99.0.ББ52АЕ76000"), tosno,
            "Реализация дополнительных общеразвивающих программ");
    private final Executor executor = new Executor(ExecutorType.STATE_AUTONOMOUS_INSTITUTION, "МАУ ДО «Дом творчества»",
            Inn.of(Inn.withCheckDigits("471600000")));
    private final Certificate certificate = new Certificate(CertificateNumber.issue(tosno.getOktmo(), 2027, 5), authority,
            new Consumer(tosno, "Смирнов", "Пётр", null, BORN, Instant.EPOCH), service,
            new CertificateTerms(tosno, 2027, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("72"),
                    new BigDecimal("15000.00"), 5, 17), LocalDate.of(2027, 1, 10), "k");
    private final Programme programme = certified(new Programme(authority, executor, service, "Робототехника", Orientation.TECHNICAL));
    private final ProgrammeGroup group = new ProgrammeGroup(programme, "Группа 1", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 25), 2);
    private final RegistryEntry entry = new RegistryEntry(authority, executor, 1, null, LocalDate.of(2027, 2, 1));

    private static Programme certified(Programme p) {
        p.setAges(7, 12);
        p.setHours(new BigDecimal("72"));
        p.price(new BigDecimal("169.550000"), new BigDecimal("12207.600000"));
        p.setStatus(ProgrammeStatus.CERTIFIED);
        return p;
    }

    private EnrolmentRules.Choice choice(ProgrammeGroup g, LocalDate today, boolean concluding) {
        entry.getServices().add(service);
        return new EnrolmentRules.Choice(certificate, g, entry, BORN, false, Balance.issued(new BigDecimal("72"), new BigDecimal("15000.00")),
                ContractAllocation.of(programme), today, concluding);
    }

    @Test
    void aCertifiedProgrammeOfTheRegistryWithAFutureGroupIsOpenToTheCertificate() {
        assertEquals(List.of(), EnrolmentRules.refusals(choice(group, TODAY, false)));
    }

    @Test
    void everyReasonIsListedAtOnce() {
        programme.setStatus(ProgrammeStatus.SUSPENDED);
        programme.setAges(12, 17);
        entry.moveTo(RegistryEntryStatus.SUSPENDED, TODAY, "проверка");
        while (group.take()) {
            // fill the group
        }
        EnrolmentRules.Choice c = choice(group, LocalDate.of(2027, 9, 2), false);
        List<String> reasons = EnrolmentRules.refusals(new EnrolmentRules.Choice(c.certificate(), c.group(), c.entry(), c.birthDate(), true,
                Balance.issued(new BigDecimal("72"), new BigDecimal("10000.00")), c.price(), c.today(), false));
        assertEquals(7, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("программа «Робототехника» не сертифицирована"), reasons.toString());
        assertTrue(reasons.get(1).startsWith("исполнитель не включён в реестр"), reasons.toString());
        assertTrue(reasons.get(2).startsWith("возраст ребёнка на начало занятий группы не входит в возрастной диапазон программы (12–17 лет)"));
        assertTrue(reasons.get(3).startsWith("занятия группы «Группа 1» уже начались"), reasons.toString());
        assertEquals("в группе «Группа 1» нет свободных мест", reasons.get(4));
        assertEquals("по сертификату уже есть запись или действующий договор на эту программу", reasons.get(5));
        assertTrue(reasons.get(6).startsWith("недостаточно средств сертификата"), reasons.toString());
    }

    @Test
    void whenTheContractIsConcludedARunningGroupMayBeJoinedAndThePlaceIsTakenUnderTheLock() {
        while (group.take()) {
            // a full group: the confirmation's take() refuses it, not the rules
        }
        assertEquals(List.of(), EnrolmentRules.refusals(choice(group, LocalDate.of(2027, 10, 1), true)));
        ProgrammeGroup ended = new ProgrammeGroup(programme, "Летняя", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 1), 10);
        assertEquals(1, EnrolmentRules.refusals(choice(ended, TODAY, true)).size(), "an ended group is closed even then");
    }

    @Test
    void theCertificateMustBeValidWhenTheContractWouldStart() {
        ProgrammeGroup nextYear = new ProgrammeGroup(programme, "Весенняя", LocalDate.of(2028, 1, 15), LocalDate.of(2028, 5, 25), 10);
        List<String> reasons = EnrolmentRules.refusals(choice(nextYear, TODAY, false));
        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("сертификат № 41-27-0000005-"), reasons.get(0));
        assertTrue(reasons.get(0).contains("не действует на 15.01.2028"), reasons.get(0));
        // enrolled in December for a group of the certificate's year: valid from the group's start
        assertEquals(List.of(), EnrolmentRules.refusals(choice(group, LocalDate.of(2026, 12, 7), false)));
    }

    @Test
    void anotherAuthoritysOrAnotherServicesProgrammeIsRefused() {
        AuthorisedBody other = new AuthorisedBody("Комитет по культуре", "Культура", tosno);
        SocialService music = new SocialService(RegistryNumber.of("804200О.99.0.ББ52АЕ04000"), tosno, "Музыка");
        Programme foreign = certified(new Programme(other, executor, music, "Фортепиано", Orientation.ARTS));
        ProgrammeGroup g = new ProgrammeGroup(foreign, "Группа", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 25), 5);
        List<String> reasons = EnrolmentRules.refusals(choice(g, TODAY, false));
        assertTrue(reasons.contains("программа включена в реестр другого уполномоченного органа, не того, что выдал сертификат"), reasons.toString());
        assertTrue(reasons.contains("программа оказывается по другой услуге, чем указана в сертификате"), reasons.toString());
    }
}
