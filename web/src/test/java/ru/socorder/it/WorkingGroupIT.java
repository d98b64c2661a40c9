package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meetings of a working group through the API: dates within reason, votes only from those present, corrections and
 * deletions until the protocol is signed (each in the decision's history), and the protocols the print includes.
 * Every test makes its own decision (dated 01.03.2024) with members since 01.03.2024.
 */
class WorkingGroupIT extends IntegrationTest {
    private final Api api = new Api(base());

    private record Group(long decision, List<Long> members) {
        String meetings() {
            return "api/v1/decisions/" + decision + "/working-group/meetings";
        }
    }

    private Group group(String title) {
        long decision = Fixtures.lugaDecision(api, title);
        return new Group(decision, Fixtures.groupMembers(api, decision, "HEAD", "MEMBER", "MEMBER", "MEMBER"));
    }

    /** A meeting body: date, who is present (indexes of members), one question with votes (member index → vote). */
    private static String meeting(Group g, String date, List<Integer> present, String votes) {
        String ids = String.join(",", present.stream().map(i -> g.members().get(i).toString()).toList());
        return "{\"date\":\"" + date + "\",\"protocolNumber\":\"1\",\"present\":[" + ids + "],"
                + "\"agenda\":[{\"question\":\"О проекте социального заказа\",\"votes\":{" + votes + "}}]}";
    }

    private static String vote(Group g, int member, String vote) {
        return "\"" + g.members().get(member) + "\":\"" + vote + "\"";
    }

    private static void assertRefused(Api.Reply r, String field, String words) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), r.body());
        assertTrue(error.getString("message").contains(words), r.body());
    }

    @Test
    void datesOutOfReasonAndVotesOfAbsentMembersAreRefusedAndNothingIsRecorded() {
        Group g = group("Заседания: даты и голоса");
        assertRefused(api.post(g.meetings(), meeting(g, "2030-12-31", List.of(0, 1, 2), vote(g, 0, "FOR"))), "date", "31.12.2030 ещё не наступила");
        assertRefused(api.post(g.meetings(), meeting(g, "2024-02-29", List.of(0, 1, 2), vote(g, 0, "FOR"))), "date", "не ранее 01.03.2024");
        assertRefused(api.post(g.meetings(), meeting(g, "2024-04-02", List.of(0, 1), vote(g, 0, "FOR") + "," + vote(g, 3, "AGAINST"))),
                "agenda[0].votes", "Член группы 4 (MEMBER) не присутствовал(а)");
        assertEquals(0, api.clerkGet(g.meetings()).json().getJsonArray("items").size(), "nothing half-written");
        assertEquals(403, api.send("POST", g.meetings(), meeting(g, "2024-04-02", List.of(0, 1), ""), "observer", "demo").status());
    }

    @Test
    void aMeetingIsCorrectedAndDeletedUntilItsProtocolIsSignedAndEachStepIsInTheHistory() {
        Group g = group("Заседания: исправление и подписание");
        Api.Reply recorded = api.post(g.meetings(), meeting(g, "2024-04-02", List.of(0, 1), vote(g, 0, "FOR") + "," + vote(g, 1, "AGAINST")));
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject m = recorded.json();
        assertTrue(m.getBoolean("quorum"), "2 of 4 is a quorum");
        assertFalse(m.getBoolean("signed"));
        String path = g.meetings() + "/" + m.getInt("id");

        Api.Reply corrected = api.put(path + "?version=" + m.getInt("version"),
                meeting(g, "2024-04-03", List.of(0, 1, 2), vote(g, 0, "FOR") + "," + vote(g, 1, "FOR") + "," + vote(g, 2, "ABSTAIN")));
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("2024-04-03", corrected.json().getString("date"));
        assertEquals(3, corrected.json().getJsonArray("present").size());
        assertEquals("ADOPTED", corrected.json().getJsonArray("agenda").getJsonObject(0).getString("outcome"));
        int version = corrected.json().getInt("version");
        assertEquals(409, api.put(path + "?version=" + m.getInt("version"), meeting(g, "2024-04-03", List.of(0), "")).status(),
                "a stale version is refused");

        assertRefused(api.post(path + "/sign", "{\"version\":" + version + ",\"signedOn\":\"2024-04-01\"}"), "signedOn", "раньше заседания");
        assertRefused(api.post(path + "/sign", "{\"version\":" + version + ",\"signedOn\":\"" + LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).plusDays(2) + "\"}"),
                "signedOn", "ещё не наступила");
        Api.Reply signed = api.post(path + "/sign", "{\"version\":" + version + ",\"signedOn\":\"2024-04-05\"}");
        assertEquals(200, signed.status(), signed.body());
        assertTrue(signed.json().getBoolean("signed"));
        assertEquals("2024-04-05", signed.json().getString("signedOn"));
        int signedVersion = signed.json().getInt("version");
        Api.Reply late = api.put(path + "?version=" + signedVersion, meeting(g, "2024-04-03", List.of(0, 1), ""));
        assertEquals(409, late.status(), late.body());
        assertTrue(late.json().getString("detail").contains("подписан 05.04.2024"), late.body());
        assertEquals(409, api.send("DELETE", path + "?version=" + signedVersion, null, "clerk", "demo").status());

        Api.Reply mistaken = api.post(g.meetings(), meeting(g, "2024-05-10", List.of(0, 1), ""));
        assertEquals(201, mistaken.status(), mistaken.body());
        String mistakenPath = g.meetings() + "/" + mistaken.json().getInt("id");
        assertEquals(204, api.send("DELETE", mistakenPath + "?version=" + mistaken.json().getInt("version"), null, "clerk", "demo").status());
        assertEquals(1, api.clerkGet(g.meetings()).json().getJsonArray("items").size());
        assertEquals(404, api.send("DELETE", mistakenPath + "?version=0", null, "clerk", "demo").status());

        String history = api.clerkGet("api/v1/decisions/" + g.decision() + "/history").body();
        assertTrue(history.contains("заседание рабочей группы исправлено") && history.contains("протокол заседания подписан")
                && history.contains("заседание рабочей группы удалено"), history);
        assertTrue(history.contains("было: заседание 02.04.2024") && history.contains("стало: заседание 03.04.2024"), history);
    }

    @Test
    void thePrintIncludesTheProtocolsChosenAndNoOthers() throws Exception {
        Group g = group("Заседания: печать протоколов");
        long first = api.post(g.meetings(), meeting(g, "2024-04-02", List.of(0, 1), vote(g, 0, "FOR"))
                .replace("\"protocolNumber\":\"1\"", "\"protocolNumber\":\"11\"")).json().getJsonNumber("id").longValue();
        long second = api.post(g.meetings(), meeting(g, "2024-06-02", List.of(0, 1), vote(g, 0, "FOR"))
                .replace("\"protocolNumber\":\"1\"", "\"protocolNumber\":\"12\"")).json().getJsonNumber("id").longValue();
        String print = "api/v1/decisions/" + g.decision() + "/appendices.pdf";

        String none = Pdf.text(api.bytes(print));
        assertFalse(none.contains("Протокол заседания"), "without the parameter the act's appendices only");
        String chosen = Pdf.text(api.bytes(print + "?protocols=" + second));
        assertTrue(chosen.contains("Протокол заседания рабочей группы № 12 от 02.06.2024"), chosen);
        assertTrue(chosen.contains("ПРОЕКТ"), "a protocol not signed prints as a draft");
        assertFalse(chosen.contains("№ 11"), chosen);
        String both = Pdf.text(api.bytes(print + "?protocols=" + first + "," + second));
        assertTrue(both.contains("№ 11 от 02.04.2024") && both.contains("№ 12 от 02.06.2024"), both);
        assertEquals(200, api.clerkGet("api/v1/decisions/" + g.decision() + "/appendices.docx?protocols=" + first).status());

        assertRefused(api.clerkGet(print + "?protocols=abc"), "protocols", "номера заседаний через запятую");
        Group other = group("Заседания: чужой протокол");
        long foreign = api.post(other.meetings(), meeting(other, "2024-04-02", List.of(0, 1), "")).json().getJsonNumber("id").longValue();
        assertRefused(api.clerkGet(print + "?protocols=" + foreign), "protocols", "нет среди заседаний рабочей группы этого решения");
    }
}
