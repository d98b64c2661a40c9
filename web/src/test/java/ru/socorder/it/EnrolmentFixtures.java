package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/**
 * Data of enrolments a test makes for itself through the API: an authority with a certificate volume and terms of its
 * own ({@link CertificateFixtures#volume}: 72 чел.-ч and 15 000 руб. a certificate in {@value CertificateFixtures#YEAR}),
 * executors included in that authority's registry for the volume's service, certified programmes of 72 hours
 * (169,55 руб. a человеко-час: 12 207,60 руб.) with a group starting in January of that year, children with issued
 * certificates, and enrolments registered by the authority's clerk.
 */
final class EnrolmentFixtures {
    static final String PRICE = "12207.60";
    static final LocalDate GROUP_START = LocalDate.of(CertificateFixtures.YEAR, 1, 11);

    /** The volume, its clerk as a registry clerk, and the service's registry number. */
    record Setup(CertificateFixtures.Volume volume, Fixtures.Clerk clerk) {
        String password() {
            return volume.password();
        }
    }

    /** A certified programme's id and its group's id. */
    record Group(long programmeId, long id) {
    }

    /** A child's certificate: its number (12 digits) and the child's СНИЛС. */
    record Child(String number, String snils, String lastName) {
    }

    private EnrolmentFixtures() {
    }

    /** An authority with room for {@code certificates} certificates, the normatives of its service for this and the certificates' year. */
    static Setup setup(Api api, String purpose, int certificates) {
        CertificateFixtures.Volume v = CertificateFixtures.volume(api, purpose, certificates);
        for (int year : new int[] {LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).getYear(), CertificateFixtures.YEAR}) {
            Api.Reply n = api.send("POST", "api/v1/service-normatives", "{\"serviceId\":" + v.serviceId() + ",\"year\":" + year
                    + ",\"baseCost\":169.55,\"territorialCoefficient\":1,\"sectoralCoefficient\":1}", "admin", "demo");
            assertEquals(true, n.status() == 201 || n.status() == 409, n.body());
        }
        return new Setup(v, new Fixtures.Clerk(v.clerk(), v.password(), v.authorityId(), v.approver()));
    }

    /** A new executor included in the setup's registry for its service. */
    static RegistryFixtures.ExecutorUser executor(Api api, Setup s, String name) {
        RegistryFixtures.ExecutorUser x = RegistryFixtures.executor(api, name);
        Api.Reply created = api.send("POST", "api/v1/executor-registry/applications", "{\"authorityId\":" + s.volume().authorityId()
                + ",\"serviceIds\":[" + s.volume().serviceId() + "],\"licence\":{\"number\":\"Л035-01234-47/00567890\",\"issuedOn\":\"2020-02-03\","
                + "\"issuer\":\"Комитет общего и профессионального образования Ленинградской области\",\"activity\":\"образовательная деятельность\"}}",
                x.login(), RegistryFixtures.PASSWORD);
        assertEquals(201, created.status(), created.body());
        Api.Reply submitted = api.send("POST", "api/v1/executor-registry/applications/" + created.json().getJsonNumber("id") + "/submit",
                "{\"version\":" + created.json().getJsonNumber("version") + "}", x.login(), RegistryFixtures.PASSWORD);
        assertEquals(200, submitted.status(), submitted.body());
        RegistryFixtures.include(api, s.clerk(), submitted.json());
        return x;
    }

    /** A certified programme of the executor (72 hours, ages 7–17) with one group of {@code places}. */
    static Group group(Api api, Setup s, RegistryFixtures.ExecutorUser x, String name, int places) {
        return group(api, s, x, name, places, GROUP_START, GROUP_START.plusMonths(5));
    }

    /** The same with the group's dates (a multi-year programme's group ends in a later year). */
    static Group group(Api api, Setup s, RegistryFixtures.ExecutorUser x, String name, int places, LocalDate startsOn, LocalDate endsOn) {
        Api.Reply created = api.send("POST", "api/v1/programmes", "{\"authorityId\":" + s.volume().authorityId() + ",\"serviceId\":"
                + s.volume().serviceId() + ",\"name\":\"" + name + "\",\"orientation\":\"TECHNICAL\",\"form\":\"FULL_TIME\",\"ageFrom\":7,"
                + "\"ageTo\":17,\"durationMonths\":5,\"hours\":72,\"capacity\":30,\"addresses\":[\"г. Тосно, ул. Школьная, д. 1\"]}",
                x.login(), RegistryFixtures.PASSWORD);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply group = api.send("POST", "api/v1/programmes/" + id + "/groups", "{\"name\":\"Группа " + name + "\",\"startsOn\":\""
                + startsOn + "\",\"endsOn\":\"" + endsOn + "\",\"capacity\":" + places
                + ",\"schedule\":\"пн, ср 15:00–16:30\"}", x.login(), RegistryFixtures.PASSWORD);
        assertEquals(201, group.status(), group.body());
        Api.Reply read = api.get("api/v1/programmes/" + id, x.login(), RegistryFixtures.PASSWORD);
        Api.Reply submitted = api.send("POST", "api/v1/programmes/" + id + "/submit", "{\"version\":" + read.json().getJsonNumber("version") + "}",
                x.login(), RegistryFixtures.PASSWORD);
        assertEquals(200, submitted.status(), submitted.body());
        Api.Reply certified = api.send("POST", "api/v1/programmes/" + id + "/certify", "{\"version\":"
                + submitted.json().getJsonNumber("version") + "}", s.clerk().login(), s.password());
        assertEquals(200, certified.status(), certified.body());
        return new Group(id, certified.json().getJsonArray("groups").getJsonObject(0).getJsonNumber("id").longValue());
    }

    /** A child of ten with an issued certificate. */
    static Child child(Api api, Setup s, String lastName) {
        String snils = CertificateFixtures.snils();
        Api.Reply consumer = api.send("POST", "api/v1/consumers", CertificateFixtures.child(s.volume(), lastName, "Анна", "2016-03-15", snils),
                s.clerk().login(), s.password());
        assertEquals(201, consumer.status(), consumer.body());
        Api.Reply applied = CertificateFixtures.apply(api, s.volume(), consumer.json().getJsonNumber("id").longValue(),
                "enrol-" + System.nanoTime());
        assertEquals(201, applied.status(), applied.body());
        assertEquals("ISSUED", applied.json().getString("status"), applied.body());
        return new Child(applied.json().getString("certificateNumber"), snils, lastName);
    }

    /** Registers the child's enrolment into the group, as the clerk; its JSON. */
    static JsonObject enrol(Api api, Setup s, Child c, Group g) {
        Api.Reply r = api.send("POST", "api/v1/enrolments", "{\"certificateNumber\":\"" + c.number() + "\",\"groupId\":" + g.id() + "}",
                s.clerk().login(), s.password());
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** The places of the group taken, as the programme's card shows them. */
    static int taken(Api api, Group g) {
        Api.Reply r = api.get("api/v1/programmes/" + g.programmeId(), "admin", "demo");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("groups").getJsonObject(0).getInt("taken");
    }

    /** The certificate's balance as its clerk reads it. */
    static JsonObject certificate(Api api, Setup s, Child c) {
        Api.Reply r = api.get("api/v1/certificates/" + c.number(), s.clerk().login(), s.password());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** A contract concluded for the child in the group (the clerk registers the enrolment, the executor confirms it); its JSON. */
    static JsonObject contract(Api api, Setup s, RegistryFixtures.ExecutorUser x, Group g, Child c) {
        JsonObject e = enrol(api, s, c, g);
        String path = "api/v1/enrolments/" + e.getJsonNumber("id");
        Api.Reply seen = api.get(path, x.login(), RegistryFixtures.PASSWORD);
        Api.Reply confirmed = api.send("POST", path + "/confirm", "{\"version\":" + seen.json().getJsonNumber("version") + "}", x.login(),
                RegistryFixtures.PASSWORD);
        assertEquals(200, confirmed.status(), confirmed.body());
        Api.Reply k = api.get("api/v1/contracts/" + confirmed.json().getJsonNumber("contractId"), x.login(), RegistryFixtures.PASSWORD);
        assertEquals(200, k.status(), k.body());
        return k.json();
    }
}
