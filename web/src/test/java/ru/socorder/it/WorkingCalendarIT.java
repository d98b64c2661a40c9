package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.socorder.model.calendar.DayKind;
import ru.socorder.service.calendar.WorkingDays;
import ru.socorder.service.system.ClockProducer;

/**
 * The production calendar through the API: the seeded decrees are there; a day off the administrator adds moves an
 * enrolment's answer due date and the month's pay day past it at once, and deleting it moves them back; everybody
 * reads, only the administrator writes; a day that would change nothing, a date that has one and a change without a
 * version are 400 naming the field; every change is in the journal.
 */
class WorkingCalendarIT extends IntegrationTest {
    private static final String ADMIN = "admin";
    private static final String PASSWORD = "demo";
    private final Api api = new Api(base());

    private JsonObject year(int year) {
        Api.Reply r = api.get("api/v1/working-calendar/" + year, "clerk", PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** The calendar as the server keeps it for the years given. */
    private WorkingDays calendar(int... years) {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (int y : years) {
            year(y).getJsonArray("days").getValuesAs(JsonObject.class)
                    .forEach(d -> days.put(LocalDate.parse(d.getString("date")), DayKind.valueOf(d.getString("kind"))));
        }
        return new WorkingDays(days);
    }

    private JsonObject addDayOff(LocalDate date) {
        Api.Reply r = api.send("POST", "api/v1/working-calendar/days",
                "{\"date\":\"" + date + "\",\"kind\":\"NON_WORKING\",\"basis\":\"Проверка переноса\"}", ADMIN, PASSWORD);
        assertEquals(201, r.status(), date + " must be a working day without an exception: " + r.body());
        return r.json();
    }

    private void delete(JsonObject day) {
        assertEquals(204, api.send("DELETE", "api/v1/working-calendar/days/" + day.getJsonNumber("id"), null, ADMIN, PASSWORD).status());
    }

    private LocalDate advanceDay(EnrolmentFixtures.Setup s, YearMonth month) {
        Api.Reply r = api.get("api/v1/payment-runs?authorityId=" + s.volume().authorityId() + "&month=" + month, s.clerk().login(), s.password());
        assertEquals(200, r.status(), r.body());
        return LocalDate.parse(r.json().getString("advanceDay"));
    }

    private static String field(Api.Reply r) {
        assertEquals("application/problem+json", r.contentType().split(";")[0], r.body());
        return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void theDecreesOfTheSeedAreThereWithTheWorkingDaysOfEachMonth() {
        JsonObject y2025 = year(2025);
        JsonObject saturday = y2025.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals("2025-11-01")).findFirst().orElseThrow();
        assertEquals("WORKING", saturday.getString("kind"));
        assertTrue(saturday.getString("basis").contains("№ 1335"), saturday.toString());
        List<JsonObject> months = y2025.getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(12, months.size());
        assertEquals("2025-11", months.get(10).getString("month"));
        assertEquals(19, months.get(10).getInt("workingDays"), "November 2025: 30 days, 10 off, the Saturday worked, 3 and 4 November off");
        assertEquals(22, months.get(11).getInt("workingDays"), "December 2025: 31 December off");
        assertEquals(2, year(2026).getJsonArray("days").size(), "2026: 9 January and 31 December");
    }

    @Test
    void aDayOffTheAdministratorAddsMovesTheAnswerDueDateAndThePayDay() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "производственный календарь", 2);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Календарь");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, x, "Шахматы", 10);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);

        LocalDate due = LocalDate.parse(EnrolmentFixtures.enrol(api, s, EnrolmentFixtures.child(api, s, "Доколендарная"), group).getString("answerDue"));
        JsonObject dayOff = addDayOff(due);
        try {
            WorkingDays now = calendar(today.getYear(), today.getYear() + 1);
            assertTrue(!now.isWorking(due), "the day added is off");
            LocalDate moved = LocalDate.parse(EnrolmentFixtures.enrol(api, s, EnrolmentFixtures.child(api, s, "Послекалендарная"), group).getString("answerDue"));
            assertEquals(now.after(due, 1), moved, "the answer is due a working day later");
        } finally {
            delete(dayOff);
        }

        // December 2098's run pays on the 2nd working day of January 2099 (1–8 January are holidays)
        YearMonth december = YearMonth.of(2098, 12);
        LocalDate payDay = advanceDay(s, december);
        assertEquals(WorkingDays.STATUTORY.nth(YearMonth.of(2099, 1), 2), payDay);
        JsonObject payDayOff = addDayOff(payDay);
        try {
            assertEquals(WorkingDays.STATUTORY.after(payDay, 1), advanceDay(s, december), "paid a working day later");
        } finally {
            delete(payDayOff);
        }
        assertEquals(payDay, advanceDay(s, december), "deleted: paid as before");
    }

    @Test
    void everybodyReadsOnlyTheAdministratorWrites() {
        String day = "{\"date\":\"2099-06-02\",\"kind\":\"NON_WORKING\"}";
        assertEquals(403, api.send("POST", "api/v1/working-calendar/days", day, "clerk", PASSWORD).status());
        assertEquals(403, api.send("POST", "api/v1/working-calendar/days", day, "observer", PASSWORD).status());
        assertEquals(403, api.send("DELETE", "api/v1/working-calendar/days/1", null, "clerk", PASSWORD).status());
        assertEquals(403, api.send("PUT", "api/v1/working-calendar/days/1?version=0", day, "clerk", PASSWORD).status());
        assertEquals(200, api.get("api/v1/working-calendar/2025", "observer", PASSWORD).status());
        assertEquals(401, api.get("api/v1/working-calendar/2025").status());
        assertTrue(year(2099).getJsonArray("days").isEmpty(), "nothing written");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesAreJournaled() {
        Api.Reply working = api.send("POST", "api/v1/working-calendar/days", "{\"date\":\"2099-06-03\",\"kind\":\"WORKING\"}", ADMIN, PASSWORD);
        assertEquals(400, working.status(), working.body());
        assertEquals("kind", field(working), "a Wednesday is working already");
        Api.Reply twice = api.send("POST", "api/v1/working-calendar/days", "{\"date\":\"2024-12-28\",\"kind\":\"WORKING\"}", ADMIN, PASSWORD);
        assertEquals(400, twice.status(), twice.body());
        assertEquals("date", field(twice));

        JsonObject saturday = api.send("POST", "api/v1/working-calendar/days",
                "{\"date\":\"2099-06-06\",\"kind\":\"WORKING\",\"basis\":\"Рабочая суббота\"}", ADMIN, PASSWORD).json();
        try {
            String path = "api/v1/working-calendar/days/" + saturday.getJsonNumber("id");
            Api.Reply noVersion = api.send("PUT", path, "{\"date\":\"2099-06-06\",\"kind\":\"WORKING\"}", ADMIN, PASSWORD);
            assertEquals(400, noVersion.status(), noVersion.body());
            assertEquals("version", field(noVersion));
            Api.Reply changed = api.send("PUT", path + "?version=" + saturday.getJsonNumber("version"),
                    "{\"date\":\"2099-06-06\",\"kind\":\"WORKING\",\"basis\":\"Постановление Правительства РФ от 01.10.2098 № 1\"}", ADMIN, PASSWORD);
            assertEquals(200, changed.status(), changed.body());
            assertEquals(409, api.send("PUT", path + "?version=" + saturday.getJsonNumber("version"),
                    "{\"date\":\"2099-06-06\",\"kind\":\"WORKING\"}", ADMIN, PASSWORD).status(), "a stale version");
            assertTrue(calendar(2099).isWorking(LocalDate.of(2099, 6, 6)), "the Saturday is worked");
        } finally {
            delete(saturday);
        }
        assertTrue(!calendar(2099).isWorking(LocalDate.of(2099, 6, 6)));
        String today = LocalDate.now(ClockProducer.ZONE).toString();
        List<String> journal = api.get("api/v1/audit?kind=working_calendar&size=200&from=" + today + "&to=" + today, ADMIN, PASSWORD).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.isNull("recordId") && a.getJsonNumber("recordId").longValue() == saturday.getJsonNumber("id").longValue())
                .map(a -> a.getString("actionLabel")).toList();
        assertEquals(List.of("день удалён из производственного календаря", "день производственного календаря изменён",
                "день внесён в производственный календарь"), journal, "newest first");
    }
}
