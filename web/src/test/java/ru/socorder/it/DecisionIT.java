package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decisions through the API: the seeds loaded as data, lifecycle and amendment, deadlines, printed appendices. */
class DecisionIT extends IntegrationTest {
    private final Api api = new Api(base());

    private JsonObject find(String query) {
        return api.clerkGet("api/v1/decisions?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json()
                .getJsonArray("items").getJsonObject(0);
    }

    @Test
    void lugaResolutionIsLoadedWithItsPlanIndicatorsAndWorkingGroup() {
        JsonObject summary = find("417");
        JsonObject d = api.clerkGet("api/v1/decisions/" + summary.getInt("id")).json();
        assertEquals("Постановление от 13.02.2023 № 417", d.getString("label"));
        assertEquals("ADOPTED", d.getString("status"));
        assertEquals(9, d.getJsonArray("services").size(), "the nine services of the Luga resolution");
        assertTrue(d.getJsonObject("plan").getJsonArray("stages").size() >= 7);
        JsonObject quarter = d.getJsonObject("plan").getJsonArray("stages").stream().flatMap(s -> s.asJsonObject().getJsonArray("activities").stream())
                .map(a -> a.asJsonObject()).filter(a -> a.getJsonObject("deadline").getString("text").startsWith("IV квартал")).findFirst().orElseThrow();
        assertEquals("QUARTER", quarter.getJsonObject("deadline").getString("kind"));
        assertEquals("2024-12-31", quarter.getJsonObject("deadline").getString("dueDate"));
        assertTrue(d.getJsonObject("workingGroup").getJsonArray("members").size() >= 8);
    }

    @Test
    void deadlineParsingForIntegrations() {
        Api.Reply r = api.send("POST", "api/v1/deadlines/parse", "{\"text\":\"До 1 июня 2023 года далее ежегодно до 1 января\"}", "clerk", "demo");
        assertEquals(200, r.status(), r.body());
        assertEquals("DATE", r.json().getString("kind"));
        assertEquals("2023-06-01", r.json().getString("dueDate"));
        assertEquals("YEARLY", r.json().getString("recurrence"));
        assertEquals("01-01", r.json().getString("repeatOn"));
        JsonObject unknown = api.send("POST", "api/v1/deadlines/parse", "{\"text\":\"когда получится\"}", "clerk", "demo").json();
        assertEquals("UNRECOGNISED", unknown.getString("kind"));
        assertEquals(false, unknown.getBoolean("recognised"));
    }

    @Test
    void aDraftIsAdoptedOnceAndTheActItAmendsBecomesAmended() {
        // its own act to amend: the demo resolution № 417 is shared by other tests and stays as loaded
        long territory = find("417").getInt("territoryId");
        Api.Reply original = api.post("api/v1/decisions", "{\"territoryId\":" + territory + ",\"issuer\":\"Администрация Лужского "
                + "муниципального района\",\"title\":\"Об организации оказания услуг (акт для изменения)\",\"number\":\"100-т\","
                + "\"date\":\"2023-01-10\"}");
        assertEquals(201, original.status(), original.body());
        long originalId = original.json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/v1/decisions/" + originalId + "/transitions", "{\"action\":\"adopt\",\"version\":"
                + api.clerkGet("api/v1/decisions/" + originalId).json().getInt("version") + "}").status());
        JsonObject luga = api.clerkGet("api/v1/decisions/" + originalId).json();
        String body = "{\"territoryId\":" + territory + ",\"issuer\":\"Администрация Лужского муниципального района\","
                + "\"title\":\"О внесении изменений в постановление от 10.01.2023 № 100-т\",\"number\":\"999-т\",\"date\":\"2024-03-01\","
                + "\"amendsId\":" + originalId + "}";
        Api.Reply created = api.post("api/v1/decisions", body);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("DRAFT", created.json().getString("status"));
        JsonObject draft = api.clerkGet("api/v1/decisions/" + id).json();
        assertEquals(7, draft.getJsonObject("plan").getJsonArray("stages").size(), "a new decision starts with the seven standard stages");

        Api.Reply adopted = api.post("api/v1/decisions/" + id + "/transitions", "{\"action\":\"adopt\",\"version\":" + draft.getInt("version") + "}");
        assertEquals(200, adopted.status(), adopted.body());
        assertEquals("ADOPTED", adopted.json().getString("status"));
        assertEquals("AMENDED", api.clerkGet("api/v1/decisions/" + luga.getInt("id")).json().getString("status"));
        jakarta.json.JsonArray history = api.get("api/v1/decisions/" + id + "/history", "observer", "demo").json().getJsonArray("items");
        assertEquals(2, history.size(), history.toString());
        assertEquals("создание", history.getJsonObject(0).getString("actionLabel"));
        assertEquals("проект", history.getJsonObject(0).getString("to"));
        JsonObject step = history.getJsonObject(1);
        assertEquals("adopt", step.getString("action"));
        assertEquals("принять", step.getString("actionLabel"));
        assertEquals("проект", step.getString("from"));
        assertEquals("принято", step.getString("to"));
        assertEquals("clerk", step.getString("actor"));
        assertEquals("Администрация Лужского муниципального района", step.getString("organisation"));
        jakarta.json.JsonArray amended = api.clerkGet("api/v1/decisions/" + luga.getInt("id") + "/history").json().getJsonArray("items");
        JsonObject last = amended.getJsonObject(amended.size() - 1);
        assertEquals("изменено", last.getString("to"), amended.toString());
        assertEquals("принято изменяющее решение", last.getString("actionLabel"));
        assertTrue(last.getString("comment").contains("999-т"), last.toString());
        assertEquals(404, api.clerkGet("api/v1/decisions/999999999/history").status());

        Api.Reply again = api.post("api/v1/decisions/" + id + "/transitions", "{\"action\":\"adopt\",\"version\":" + adopted.json().getInt("version") + "}");
        assertEquals(409, again.status(), "only a draft can be adopted");
        assertTrue(again.json().getString("detail").contains("принято"));
        Api.Reply stale = api.post("api/v1/decisions/" + id + "/transitions", "{\"action\":\"expire\",\"version\":" + draft.getInt("version") + "}");
        assertEquals(409, stale.status(), "stale version");
        assertEquals(403, api.send("POST", "api/v1/decisions/" + id + "/transitions", "{\"action\":\"expire\",\"version\":1}", "observer", "demo").status());
    }

    @Test
    void appendicesPrintAsPdfWithExtractableCyrillicAndAsDocx() throws Exception {
        JsonObject luga = find("417");
        Api.Reply pdf = api.clerkGet("api/v1/decisions/" + luga.getInt("id") + "/appendices.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"));
        String text = Pdf.text(api.bytes("api/v1/decisions/" + luga.getInt("id") + "/appendices.pdf"));
        assertTrue(text.contains("Этап апробации"), text.substring(0, Math.min(500, text.length())));
        assertTrue(text.contains("Срок исполнения"));
        assertTrue(text.contains("Ответственные исполнители"));
        assertTrue(text.contains("Нормативное правовое обеспечение"), "a stage of the seed's plan");
        assertTrue(text.contains("IV квартал"), "a deadline as the seed prints it");
        assertTrue(text.contains("804200О.99.0.ББ52АЕ04000"), "a registry number of the list of services");
        Api.Reply docx = api.clerkGet("api/v1/decisions/" + luga.getInt("id") + "/appendices.docx");
        assertEquals(200, docx.status());
        assertTrue(docx.contentType().startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @Test
    void kalugaAppendicesPrintFromTheDatabaseAsTheActNumbersNamesAndDividesThem() throws Exception {
        String text = Pdf.text(api.bytes("api/v1/decisions/" + find("677").getInt("id") + "/appendices.pdf"));
        for (int n = 1; n <= 6; n++) {
            assertTrue(text.contains("Приложение № " + n + " к постановлению Правительства Калужской области от 25.09.2023 № 677"), "stamp " + n);
        }
        assertEquals(2, text.split("ЗНАЧЕНИЯ ПОКАЗАТЕЛЕЙ", -1).length - 1, "two indicator tables, one per service and ministry");
        assertTrue(text.contains("Тип показателя") && !text.contains("Тип индикатора"), "the act's captions");
        assertTrue(text.contains("Значение: 100 %, год: 2024"), "the act's wording of a value");
        assertTrue(!text.contains("<3>") && text.contains("сфере³"), "footnote references as superscripts");
        assertTrue(text.contains("заместитель Губернатора Калужской области, председатель рабочей группы"), "the act's role names");
        assertTrue(!text.contains("руководитель рабочей группы"));
        assertTrue(text.contains("Члены рабочей группы:"));
        assertTrue(text.contains("3.7. Договор в целях оказания услуги") && text.contains("4.4. Программный комплекс службы занятости"),
                "the documents and systems numbered as the act refers to them");
        assertTrue(text.contains("6. Размещение информации о проведении конкурса") && text.contains("усиленной квалифицированной электронной подписи"));
    }

    @Test
    void theAppendicesOfANewDecisionAreEditedThroughTheApiAndPrintAsEdited() throws Exception {
        long id = Fixtures.lugaDecision(api, "Проверка приложений через API");
        String path = "api/v1/decisions/" + id + "/appendices";
        Api.Reply member = api.post("api/v1/decisions/" + id + "/working-group/members", "{\"fullName\":\"Соколова Мария Петровна\","
                + "\"position\":\"заместитель главы администрации\",\"role\":\"HEAD\",\"from\":\"2024-03-01\"}");
        assertEquals(201, member.status(), member.body());

        JsonObject shown = api.clerkGet(path).json();
        assertTrue(shown.getBoolean("standard"), "nothing of the act's own yet: the usual appendices");
        JsonArray usual = shown.getJsonArray("appendices");
        assertEquals(List.of("PLAN", "COMPOSITION"), usual.stream().map(a -> a.asJsonObject().getString("kind")).toList(), usual.toString());
        String number = api.clerkGet("api/v1/decisions/" + id).json().getString("number");
        assertEquals("Приложение № 1\nк постановлению администрации Лужского муниципального района\nот 01.03.2024 № " + number,
                usual.getJsonObject(0).getString("stamp"), "the usual stamp from the decision's details");
        assertEquals("руководитель рабочей группы", role(shown, "HEAD").getString("title"));

        JsonObject plan = Json.createObjectBuilder(usual.getJsonObject(0)).add("number", "4")
                .add("stamp", "УТВЕРЖДЕН\nпостановлением администрации\nЛужского муниципального района\n(приложение 4)")
                .add("title", "ПЛАН\nапробации механизмов, изменённый через API").build();
        JsonObject composition = Json.createObjectBuilder(usual.getJsonObject(1)).add("number", "3")
                .add("title", "СОСТАВ\nрабочей группы, изменённый через API").build();
        JsonArray roles = Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "HEAD").add("title", "председатель рабочей группы")).build();
        JsonObject body = Json.createObjectBuilder().add("version", shown.getInt("version"))
                .add("appendices", Json.createArrayBuilder().add(composition).add(plan)).add("roleNames", roles).build();

        assertEquals(403, api.send("PUT", path, body.toString(), "observer", "demo").status(), "an observer reads, never writes");
        JsonArray threeColumns = Json.createArrayBuilder().add("№").add("Мероприятие").add("Срок").build();
        Api.Reply narrow = api.put(path, Json.createObjectBuilder(body).add("appendices", Json.createArrayBuilder().add(composition)
                .add(Json.createObjectBuilder(plan).add("captions", threeColumns).add("columnNumbers", JsonValue.EMPTY_JSON_ARRAY))).build().toString());
        assertEquals(400, narrow.status(), narrow.body());
        assertTrue(narrow.contentType().startsWith("application/problem+json"), narrow.contentType());
        JsonObject error = narrow.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("appendices[1].captions", error.getString("field"));
        assertTrue(error.getString("message").contains("у плана 6 столбцов"), error.getString("message"));
        Api.Reply untitled = api.put(path, Json.createObjectBuilder(body).add("appendices", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(composition).add("title", " ")).add(plan)).build().toString());
        assertEquals(400, untitled.status(), untitled.body());
        assertEquals("appendices[0].title", untitled.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(shown, api.clerkGet(path).json(), "a refused change writes nothing");

        Api.Reply saved = api.put(path, body.toString());
        assertEquals(200, saved.status(), saved.body());
        assertTrue(!saved.json().getBoolean("standard"));
        assertTrue(saved.json().getInt("version") > shown.getInt("version"), "the decision's version moves on");
        assertEquals("председатель рабочей группы", role(saved.json(), "HEAD").getString("title"));
        assertEquals(409, api.put(path, body.toString()).status(), "the version read before is stale now");
        int version = saved.json().getInt("version");
        assertEquals(version, api.clerkGet(path).json().getInt("version"), "the version answered is the stored one");
        Api.Reply again = api.put(path, Json.createObjectBuilder(body).add("version", version).build().toString());
        assertEquals(200, again.status(), "the version answered takes the next change: " + again.body());

        String text = Pdf.text(api.bytes(path + ".pdf"));
        assertTrue(text.contains("УТВЕРЖДЕН постановлением администрации Лужского муниципального района (приложение 4)"), text);
        assertTrue(text.contains("ПЛАН апробации механизмов, изменённый через API"), text);
        assertTrue(text.indexOf("СОСТАВ рабочей группы, изменённый через API") < text.indexOf("ПЛАН апробации механизмов"), "in the order given");
        assertTrue(text.contains("Председатель рабочей группы: Соколова Мария Петровна"), text);
        assertTrue(!text.contains("Руководитель рабочей группы"), "the act's role name, not the usual one");
        String history = api.clerkGet("api/v1/decisions/" + id + "/history").body();
        assertTrue(history.contains("изменены приложения"), history);
    }

    private static JsonObject role(JsonObject appendices, String role) {
        return appendices.getJsonArray("roleNames").stream().map(JsonValue::asJsonObject).filter(r -> r.getString("role").equals(role))
                .findFirst().orElseThrow();
    }

    @Test
    void theOriginalOfTheActIsAttachedAndDownloaded() {
        JsonObject luga = find("417");
        String path = "api/v1/decisions/" + luga.getInt("id") + "/file";
        byte[] pdf = api.bytes("api/v1/decisions/" + luga.getInt("id") + "/appendices.pdf");
        Api.Reply wrong = api.put(path + "?fileName=scan.exe", pdf);
        assertEquals(400, wrong.status());
        assertTrue(wrong.json().getString("detail").contains("PDF или DOCX"));
        Api.Reply disguised = api.put(path + "?fileName=scan.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, disguised.status());
        assertEquals(200, api.put(path + "?fileName=postanovlenie-417.pdf", pdf).status());
        byte[] back = api.bytes(path);
        assertEquals(pdf.length, back.length, "the same file comes back");
    }

    @Test
    void kalugaAssignsEachDirectionToItsMinistry() {
        JsonObject kaluga = api.clerkGet("api/v1/decisions/" + find("677").getInt("id")).json();
        var directions = kaluga.getJsonArray("directions").stream().map(j -> j.asJsonObject()).toList();
        assertEquals(7, directions.size());
        assertEquals("Минкультуры и туризма Калужской области", directions.stream().filter(x -> x.getString("code").equals("03"))
                .findFirst().orElseThrow().getString("authority"));
        assertEquals("Минтруда и соцзащиты Калужской области", directions.stream().filter(x -> x.getString("code").equals("07"))
                .findFirst().orElseThrow().getString("authority"));
    }
}
