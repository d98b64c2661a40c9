package ru.socorder.model.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.registry.Orientation;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;

/** A certificate of 72 h / 12 207,60 руб. and a contract on it, as objects (no database). */
final class LedgerFixtures {
    static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 1);

    private LedgerFixtures() {
    }

    static Territory luga() {
        return new Territory(TerritoryLevel.MUNICIPALITY, "Лужский муниципальный район", Oktmo.of("41633000"), null);
    }

    static CertificateTerms terms(Territory t) {
        return new CertificateTerms(t, 2024, SEPTEMBER, LocalDate.of(2024, 12, 31), new BigDecimal("72.00"), new BigDecimal("12207.60"), 5, 17);
    }

    static Certificate certificate() {
        Territory t = luga();
        Consumer child = new Consumer(t, "Иванов", "Иван", null, LocalDate.of(2015, 1, 1), Instant.EPOCH);
        SocialService service = new SocialService(RegistryNumber.of("804200О.99.0.ББ52АЕ52000"), t, "Реализация дополнительных общеразвивающих программ");
        return new Certificate(CertificateNumber.issue(t.getOktmo(), 2024, 1), null, child, service, terms(t), SEPTEMBER, "c1/s1/2024");
    }

    static ConsumerContract contract(Certificate c) {
        Executor executor = new Executor(ExecutorType.STATE_AUTONOMOUS_INSTITUTION, "МАОУ ДО «Компьютерный центр»", Inn.of(Inn.withCheckDigits("471000000")));
        Programme p = new Programme(null, executor, c.getService(), "Робототехника", Orientation.TECHNICAL);
        ProgrammeGroup g = new ProgrammeGroup(p, "Группа 1", SEPTEMBER, LocalDate.of(2024, 12, 20), 15);
        Enrolment e = new Enrolment(c, g, Channel.CLERK, Instant.EPOCH, SEPTEMBER.plusDays(7));
        return new ConsumerContract("Д-1", e, SEPTEMBER, new BigDecimal("36"), new BigDecimal("169.55"), new BigDecimal("6103.80"));
    }
}
