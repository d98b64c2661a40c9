package ru.socorder.service.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.Channel;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.model.certificate.LegalRepresentative;
import ru.socorder.model.certificate.MovementKind;
import ru.socorder.model.certificate.OnePer;
import ru.socorder.model.certificate.RefusalReason;
import ru.socorder.model.certificate.TerminationSide;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.model.identifier.Snils;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.service.certificate.CertificateApplicationLifecycle;
import ru.socorder.service.certificate.CertificateLifecycle;
import ru.socorder.service.certificate.ContractLifecycle;
import ru.socorder.service.certificate.EnrolmentLifecycle;
import ru.socorder.service.certificate.enrolment.ContractAllocation;

/**
 * The demo children of the Luga district with their certificates (issue 14): the 2024 certificate terms; for every
 * service of the 2024 order as many certificates as its certificate volume holds (человеко-часы / nominal hours);
 * two of every three children enrolled in a certified programme of their service, the executor's confirmation
 * concluding the contract and allocating its price on the certificate's ledger; one contract ended by the family
 * (its allocation released), one enrolment refused by the executor; one application waiting in the queue of an
 * exhausted volume, one refused for the child's age. Written as the boundaries write them — numbers, the ledger chain,
 * the lifecycle history — on the campaign's dates. Children, their СНИЛС (valid check numbers in a synthetic range)
 * and representatives are invented.
 */
final class CertificateDemoLoader {
    private static final String[][] GIRLS = {{"Анна", "Мария", "Софья", "Дарья", "Полина", "Виктория", "Алиса", "Ксения", "Варвара", "Ева"},
            {"Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова", "Михайлова", "Новикова", "Фёдорова",
                    "Морозова", "Волкова"}};
    private static final String[][] BOYS = {{"Александр", "Михаил", "Максим", "Иван", "Артём", "Дмитрий", "Лев", "Матвей", "Кирилл", "Егор"},
            {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
                    "Морозов", "Волков"}};
    private static final String[] FATHERS = {"Александров", "Сергеев", "Андреев", "Дмитриев", "Николаев", "Игорев", "Павлов", "Олегов"};
    private static final LocalDate APPLIED = LocalDate.of(2024, 8, 20);

    private final EntityManager em;
    private final DemoHistory history;
    private final AuthorisedBody authority;
    private final Territory territory;
    private final int year;
    private int child;
    private boolean refusedOne;
    private boolean terminatedOne;

    CertificateDemoLoader(EntityManager em, AuthorisedBody authority, int year) {
        this.em = em;
        this.history = new DemoHistory(em);
        this.authority = authority;
        this.territory = authority.getTerritory();
        this.year = year;
    }

    /** @return the number of certificates issued */
    int load(JsonObject selection, Map<String, List<Programme>> programmes) {
        CertificateTerms terms = terms(selection.getJsonObject("terms"));
        SocialOrder order = em.createQuery("select o from SocialOrder o where o.authority = :a and o.fiscalYear = :y", SocialOrder.class)
                .setParameter("a", authority).setParameter("y", year).getSingleResult();
        Map<Long, Integer> taken = new HashMap<>();
        int issued = 0;
        SocialService exhausted = null;
        for (OrderLine line : order.getLines()) {
            OrderLineYear y = line.getYears().stream().filter(v -> v.getYear() == year).findFirst().orElseThrow();
            BigDecimal volume = y.getVolumes().get(Method.CERTIFICATES);
            int count = volume.divide(terms.getNominalHours(), 0, java.math.RoundingMode.DOWN).intValue();
            List<Programme> offered = programmes.getOrDefault(line.getService().getRegistryNumber().value(), List.of());
            for (int i = 0; i < count; i++) {
                Consumer c = consumer(8 + (child % 9));
                Certificate cert = issue(c, line.getService(), terms);
                issued++;
                if (!offered.isEmpty() && i % 3 != 2) {
                    enrol(cert, offered.get(i % offered.size()), taken, i);
                }
            }
            if (line.getService().getRegistryNumber().value().endsWith("АН24000")) {
                exhausted = line.getService();
            }
        }
        if (exhausted != null) {
            application(consumer(10), exhausted, CertificateApplicationStatus.QUEUED, null);
            application(consumer(3), exhausted, CertificateApplicationStatus.REFUSED, RefusalReason.AGE);
        }
        return issued;
    }

    private CertificateTerms terms(JsonObject t) {
        CertificateTerms terms = new CertificateTerms(territory, year, LocalDate.parse(t.getString("validFrom")),
                LocalDate.parse(t.getString("validTo")), BigDecimal.valueOf(t.getInt("nominalHours")),
                new BigDecimal(t.getString("nominalAmount")), t.getInt("ageFrom"), t.getInt("ageTo"));
        terms.setOnePer(OnePer.SERVICE);
        terms.setAnswerDays(t.getInt("answerDays"));
        em.persist(terms);
        return terms;
    }

    /** A child of the district aged {@code age} on 1 September of the year, with a parent as the representative. */
    private Consumer consumer(int age) {
        int n = child++;
        boolean girl = n % 2 == 0;
        String[][] names = girl ? GIRLS : BOYS;
        String last = names[1][(n / 2) % names[1].length];
        String first = names[0][(n / 7) % names[0].length];
        String father = FATHERS[(n / 3) % FATHERS.length];
        String middle = girl ? father + "на" : father + "ич";
        LocalDate born = LocalDate.of(year - age, 9, 1).minusDays(30L + (n * 37L) % 330);
        Consumer c = new Consumer(territory, last, first, middle, born, DemoHistory.at(APPLIED.minusDays(1), 9));
        c.setSnils(Snils.of(Snils.withCheckNumber(String.format("%09d", 150_000_000 + n * 7919L))));
        c.setAddress("Ленинградская обл., г. Луга, ул. Дзержинского, д. " + (1 + n % 40) + ", кв. " + (1 + n % 90));
        String parent = girl ? last.substring(0, last.length() - 1) + "а" : last + "а";
        c.setRepresentative(new LegalRepresentative(parent, "Елена", "Викторовна", String.format("+7 921 %03d-%02d-%02d", n % 1000, n % 100, (n * 7) % 100),
                null, "паспорт 41 0" + (n % 10) + " " + String.format("%06d", 100_000 + n), null));
        em.persist(c);
        return c;
    }

    private CertificateApplication application(Consumer c, SocialService service, CertificateApplicationStatus outcome, RefusalReason why) {
        Instant received = DemoHistory.at(APPLIED.plusDays(child % 20), 10);
        CertificateApplication a = new CertificateApplication("clerk", "demo-" + child, sha256("demo-" + child),
                child % 4 == 0 ? Channel.CLERK : Channel.EPGU, authority, c, service, year, LocalDate.of(year, 9, 2), received);
        String record = CertificateApplicationLifecycle.RECORD;
        String org = authority.getShortName();
        if (why != null) {
            a.refuse(why, null, received.plusSeconds(60));
        } else {
            a.moveTo(outcome, received.plusSeconds(60));
        }
        em.persist(a);
        history.created(record, a.getId(), CertificateApplicationStatus.RECEIVED, "clerk", "AUTHORITY_CLERK", org, received,
                a.getChannel().label());
        CertificateApplicationLifecycle.Action action = switch (outcome) {
            case ISSUED -> CertificateApplicationLifecycle.Action.ISSUE;
            case QUEUED -> CertificateApplicationLifecycle.Action.ENQUEUE;
            default -> CertificateApplicationLifecycle.Action.REFUSE;
        };
        history.step(record, a.getId(), action, CertificateApplicationStatus.RECEIVED, outcome, "clerk", "AUTHORITY_CLERK", org,
                received.plusSeconds(60), why != null ? why.name() + ": " + why.text()
                        : outcome == CertificateApplicationStatus.QUEUED ? "объём социального заказа по сертификатам исчерпан" : null);
        return a;
    }

    private Certificate issue(Consumer c, SocialService service, CertificateTerms terms) {
        CertificateApplication a = application(c, service, CertificateApplicationStatus.ISSUED, null);
        LocalDate issuedOn = LocalDate.ofInstant(a.getReceivedAt(), ru.socorder.service.system.ClockProducer.ZONE);
        Certificate cert = new Certificate(null, authority, c, service, terms, issuedOn,
                Certificate.activeKey(terms.getOnePer(), c, service, year));
        cert.setApplication(a);
        em.persist(cert);
        cert.numbered(CertificateNumber.issue(subject(territory), year, cert.getId()));
        history.created(CertificateLifecycle.RECORD, cert.getId(), CertificateStatus.ISSUED, "clerk", "AUTHORITY_CLERK",
                authority.getShortName(), a.getReceivedAt().plusSeconds(60), "по заявлению № " + a.getId());
        em.persist(CertificateMovement.issue(cert, a.getReceivedAt().plusSeconds(60), "clerk"));
        return cert;
    }

    /** Enrols the child in a group of the programme with a free place; the executor confirms, the contract allocates. */
    private void enrol(Certificate cert, Programme p, Map<Long, Integer> taken, int i) {
        ProgrammeGroup group = p.getGroups().stream().filter(g -> taken.getOrDefault(g.getId(), 0) < g.getCapacity()).findFirst().orElse(null);
        int age = cert.getConsumer().ageOn(RegistryDemoLoader.GROUPS_START);
        if (group == null || age < p.getAgeFrom() || age > p.getAgeTo()) {
            return;
        }
        Instant requested = DemoHistory.at(LocalDate.of(year, 8, 26).plusDays(i % 5), 12);
        Enrolment e = new Enrolment(cert, group, Channel.EPGU, requested, LocalDate.of(year, 9, 6));
        String executor = p.getExecutor().getShortName();
        boolean refused = !refusedOne && i == 4;
        refusedOne |= refused;
        e.moveTo(refused ? EnrolmentStatus.REFUSED : EnrolmentStatus.CONFIRMED, requested.plusSeconds(86_400),
                refused ? "В группе нет мест по медицинским показаниям для этого вида спорта: предложена другая программа" : null);
        em.persist(e);
        history.created(EnrolmentLifecycle.RECORD, e.getId(), EnrolmentStatus.REQUESTED, "clerk", "AUTHORITY_CLERK",
                authority.getShortName(), requested, Channel.EPGU.label());
        history.step(EnrolmentLifecycle.RECORD, e.getId(), refused ? EnrolmentLifecycle.Action.REFUSE : EnrolmentLifecycle.Action.CONFIRM,
                EnrolmentStatus.REQUESTED, e.getStatus(), "demo", "EXECUTOR", executor, requested.plusSeconds(86_400), e.getRefusalReason());
        if (refused) {
            return;
        }
        group.take();
        taken.merge(group.getId(), 1, Integer::sum);
        ContractAllocation price = ContractAllocation.of(p);
        LocalDate concluded = LocalDate.ofInstant(requested.plusSeconds(86_400), ru.socorder.service.system.ClockProducer.ZONE);
        ConsumerContract k = new ConsumerContract(concluded.getYear() + "-" + e.getId(), e, concluded, price.hours(), price.pricePerHour(),
                price.amount());
        em.persist(k);
        history.created(ContractLifecycle.RECORD, k.getId(), ContractStatus.CONCLUDED, "demo", "EXECUTOR", executor,
                requested.plusSeconds(86_400), null);
        CertificateMovement latest = em.createQuery("select m from CertificateMovement m where m.certificate = :c order by m.seq desc",
                CertificateMovement.class).setParameter("c", cert).setMaxResults(1).getSingleResult();
        CertificateMovement allocated = latest.next(MovementKind.ALLOCATE, price.hours(), price.amount(), k, requested.plusSeconds(86_400),
                "demo", "договор № " + k.getNumber());
        em.persist(allocated);
        if (cert.getStatus() == CertificateStatus.ISSUED) {
            cert.moveTo(CertificateStatus.IN_USE);
            history.step(CertificateLifecycle.RECORD, cert.getId(), CertificateLifecycle.Action.USE, CertificateStatus.ISSUED,
                    CertificateStatus.IN_USE, "demo", "EXECUTOR", executor, requested.plusSeconds(86_400), "договор № " + k.getNumber());
        }
        if (!terminatedOne && i == 7) { // the family left in October: the contract ends, its allocation is released, the place is free again
            LocalDate left = LocalDate.of(year, 10, 15);
            em.flush(); // the ledger's chain: a movement refers to the row before it, which must be written first
            em.persist(allocated.next(MovementKind.RELEASE, price.hours(), price.amount(), k, DemoHistory.at(left, 11), "demo",
                    "расторжение договора № " + k.getNumber()));
            k.terminate(left, TerminationSide.PARENT);
            group.free();
            taken.merge(group.getId(), -1, Integer::sum);
            history.step(ContractLifecycle.RECORD, k.getId(), ContractLifecycle.Action.TERMINATE, ContractStatus.CONCLUDED,
                    ContractStatus.TERMINATED, "demo", "EXECUTOR", executor, DemoHistory.at(left, 11), "заявление родителя об отчислении");
            terminatedOne = true;
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ОКТМО whose first two digits name the subject in the certificate's number. */
    private static Oktmo subject(Territory t) {
        for (Territory x = t; x != null; x = x.getParent()) {
            if (x.getOktmo() != null) {
                return x.getOktmo();
            }
        }
        throw new IllegalStateException("no ОКТМО above territory " + t.getId());
    }
}
