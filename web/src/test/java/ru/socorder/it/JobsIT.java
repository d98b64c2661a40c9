package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Ogrn;

/**
 * Imports run as jobs whose state is in the database: started through the import API, followed and read back
 * through {@code /api/v1/jobs}, scoped to who may see them, and a row refused at write time is marked, not lost.
 */
class JobsIT extends IntegrationTest {
    private final Api api = new Api(base());
    private static int serial;

    private static synchronized String[] ids() {
        int n = ++serial;
        return new String[] {Inn.withCheckDigits(String.format("7814%05d", n)), Ogrn.withCheckDigit(String.format("10278%07d", n))};
    }

    private Api.Reply importFile(String csv, boolean confirm) {
        return api.send("POST", "api/v1/executors/import?fileName=jobs.csv&confirm=" + confirm, csv, "text/csv", "clerk", "demo");
    }

    @Test
    void anImportJobStartedThroughTheApiIsReadBackFromTheJobsEndpoint() {
        String[] a = ids();
        String[] b = ids();
        String csv = "ИНН;Полное наименование;КПП;ОГРН;Тип\n"
                + a[0] + ";АНО «Задание 1»;780201001;" + a[1] + ";НКО\n"
                + b[0] + ";АНО «Задание 2»;780201001;" + b[1] + ";НКО\n";
        Api.Reply started = importFile(csv, true);
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonObject("job").getInt("id");
        assertEquals("RUNNING", started.json().getJsonObject("job").getString("status"), "confirmed: the job runs in the background");

        JsonObject job = api.awaitJob(id);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals("EXECUTOR_IMPORT", job.getString("kind"));
        assertEquals("clerk", job.getString("startedBy"));
        assertEquals("jobs.csv", job.getString("fileName"));
        assertEquals(2, job.getInt("valid"));
        assertEquals(2, job.getInt("total"));
        assertEquals(2, job.getInt("processed"));
        assertEquals(0, job.getInt("failed"));
        assertEquals(100, job.getInt("percent"));
        assertEquals(1, job.getInt("attempts"));
        assertTrue(!job.isNull("startedAt") && !job.isNull("finishedAt"), job.toString());
        List<JsonObject> rows = job.getJsonObject("rows").getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 3), rows.stream().map(r -> r.getInt("line")).toList());
        for (JsonObject r : rows) {
            assertEquals("VALID", r.getString("status"));
            assertEquals("WRITTEN", r.getString("outcome"));
            JsonObject executor = api.clerkGet("api/v1/executors/" + r.getJsonNumber("recordId").longValue()).json();
            assertEquals(r.getString("name"), executor.getString("fullName"));
        }

        JsonObject list = api.clerkGet("api/v1/jobs?size=50").json();
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(j -> j.getInt("id") == id), list.toString());
        assertTrue(api.get("api/v1/jobs?size=50", "observer", "demo").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(j -> j.getInt("id") == id), "observers see every job");

        assertEquals(409, api.send("POST", "api/v1/jobs/" + id + "/rerun", null, null, "clerk", "demo").status(),
                "a completed job is not run again");
    }

    @Test
    void jobsOfOthersAreNotVisible() {
        String[] a = ids();
        Api.Reply preview = importFile("ИНН;Полное наименование;КПП;ОГРН\n" + a[0] + ";АНО «Чужое задание»;780201001;" + a[1] + "\n", false);
        assertEquals(200, preview.status(), preview.body());
        long id = preview.json().getJsonObject("job").getInt("id");
        assertEquals("PREVIEWED", api.clerkGet("api/v1/jobs/" + id).json().getString("status"), "the preview is a stored job");
        assertEquals(404, api.get("api/v1/jobs/" + id, "executor", "demo").status());
        assertTrue(api.get("api/v1/jobs?size=50", "executor", "demo").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().noneMatch(j -> j.getInt("id") == id));
        assertEquals(403, api.send("POST", "api/v1/jobs/" + id + "/rerun", null, null, "executor", "demo").status());
    }

    @Test
    void aRowTakenBetweenPreviewAndConfirmationIsMarkedFailedAndTheOthersAreWritten() {
        String[] a = ids();
        String[] b = ids();
        String csv = "ИНН;Полное наименование;КПП;ОГРН;Тип\n"
                + a[0] + ";АНО «Опоздавшая строка»;780201001;" + a[1] + ";НКО\n"
                + b[0] + ";АНО «Своевременная строка»;780201001;" + b[1] + ";НКО\n";
        Api.Reply preview = importFile(csv, false);
        assertTrue(preview.json().getBoolean("importable"), preview.body());
        long previewId = preview.json().getJsonObject("job").getInt("id");
        // the same ИНН/КПП is created by somebody else after the preview and before the confirmation
        Api.Reply created = api.send("POST", "api/v1/executors", "{\"type\":\"NGO\",\"fullName\":\"АНО «Успела раньше»\",\"inn\":\""
                + a[0] + "\",\"kpp\":\"780201001\",\"ogrn\":\"" + a[1] + "\"}", "clerk", "demo");
        assertEquals(201, created.status(), created.body());
        // the stored preview is confirmed: its rows are checked once more when the job writes them
        Api.Reply started = api.send("POST", "api/v1/jobs/" + previewId + "/start", null, null, "clerk", "demo");
        assertEquals(202, started.status(), started.body());
        JsonObject job = api.awaitJob(previewId);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(2, job.getInt("processed"));
        assertEquals(1, job.getInt("failed"));
        assertEquals(1, job.getInt("written"));
        List<JsonObject> rows = job.getJsonObject("rows").getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals("FAILED", rows.get(0).getString("outcome"));
        assertTrue(rows.get(0).getJsonArray("messages").getString(0).contains("уже есть в справочнике"), rows.get(0).toString());
        assertEquals("WRITTEN", rows.get(1).getString("outcome"));
        JsonObject same = api.clerkGet("api/v1/executors?inn=" + a[0]).json();
        assertEquals(1, same.getInt("total"), "written once, by whoever came first");
        assertEquals("АНО «Успела раньше»", same.getJsonArray("items").getJsonObject(0).getString("fullName"));
        assertEquals(1, api.clerkGet("api/v1/executors?inn=" + b[0]).json().getInt("total"));
    }

    @Test
    void theClerkChoosesToWriteOnlyTheValidRowsAndDownloadsTheRefusedOnesWithReasons() {
        String[] a = ids();
        String csv = "ИНН;Полное наименование;КПП;ОГРН;Тип\n"
                + a[0] + ";АНО «Верная строка»;780201001;" + a[1] + ";НКО\n"
                + "1234;АНО «Строка с ошибкой»;780201001;;НКО\n";
        Api.Reply preview = importFile(csv, false);
        assertEquals(200, preview.status(), preview.body());
        assertTrue(!preview.json().getBoolean("importable"), "a file with a rejected row is not written as a whole");
        long id = preview.json().getJsonObject("job").getInt("id");
        assertEquals(1, preview.json().getInt("rejected"));

        Api.Reply whole = api.send("POST", "api/v1/jobs/" + id + "/start?rows=all", null, null, "clerk", "demo");
        assertEquals(400, whole.status(), whole.body());
        Api.Reply bad = api.send("POST", "api/v1/jobs/" + id + "/start?rows=some", null, null, "clerk", "demo");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"rows\""), "the problem names the parameter: " + bad.body());
        assertEquals("PREVIEWED", api.clerkGet("api/v1/jobs/" + id).json().getString("status"), "nothing started by refused calls");

        Api.Reply valid = api.send("POST", "api/v1/jobs/" + id + "/start?rows=valid", null, null, "clerk", "demo");
        assertEquals(202, valid.status(), valid.body());
        JsonObject job = api.awaitJob(id);
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        assertEquals(1, job.getInt("written"));
        assertEquals(1, api.clerkGet("api/v1/executors?inn=" + a[0]).json().getInt("total"));

        Api.Reply refused = api.clerkGet("api/v1/jobs/" + id + "/refused.csv");
        assertEquals(200, refused.status(), refused.body());
        List<String> lines = refused.body().replace("\uFEFF", "").lines().toList();
        assertEquals(2, lines.size(), refused.body());
        assertEquals("ИНН;Полное наименование;КПП;ОГРН;Тип;Строка файла;Причина отказа", lines.get(0));
        assertTrue(lines.get(1).startsWith("1234;АНО «Строка с ошибкой»;780201001;;НКО;3;"), lines.get(1));
        assertTrue(lines.get(1).contains("ИНН"), "the reason names what is wrong: " + lines.get(1));
        assertEquals(404, api.get("api/v1/jobs/" + id + "/refused.csv", "executor", "demo").status(), "another's job");
    }
}
