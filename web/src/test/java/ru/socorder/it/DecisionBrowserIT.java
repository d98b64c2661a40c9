package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The clerk of the Luga administration runs its approbation plan: adds an item and sees its deadline read as typed
 * («постоянно», «2 полугодие 2025 г.», «в течение 2025 года») and kept in the clerk's words, marks an item done, records a working-group meeting without a quorum and sees that nothing is adopted;
 * records the actual value of an indicator; corrects the services and exclusions of a decision, attaches its original
 * and marks it expired; edits the title of an appendix, which an observer then reads but cannot change.
 */
class DecisionBrowserIT extends BrowserTest {
    private final Api api = new Api(base());

    private void openLugaDecision() {
        browser.login("clerk", "demo");
        browser.click("#menuForm\\:menuDecisions");
        browser.type("#listForm\\:search", "417");
        browser.waitUntil(d -> !d.findElements(By.linkText("Постановление от 13.02.2023 № 417")).isEmpty());
        browser.driver().findElement(By.linkText("Постановление от 13.02.2023 № 417")).click();
        browser.waitForAjax();
        assertTrue(browser.text("h1").contains("№ 417"), browser.text("h1"));
    }

    private void tab(String title) {
        browser.driver().findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
        browser.waitForAjax();
    }

    @Test
    void clerkAddsAPlanItemWithAQuarterDeadlineAndMarksAnItemDone() {
        openLugaDecision();
        tab("План апробации");
        browser.find("[id$='addActivity']").click();
        browser.waitUntil(d -> d.findElement(By.id("activityDialog")).isDisplayed());
        browser.type("#activityForm\\:number", "2.5");
        browser.type("#activityForm\\:text", "Утверждение порядка формирования реестра исполнителей услуг");
        browser.find("#activityForm\\:deadline").sendKeys("Постоянно");
        browser.waitUntil(d -> d.findElement(By.id("activityForm:deadlinePreview")).getText().contains("постоянно"));
        assertEquals("Распознано: постоянно", browser.text("#activityForm\\:deadlinePreview").strip(), "no dangling «срок»");
        browser.type("#activityForm\\:deadline", "2 полугодие 2025 г.");
        browser.waitUntil(d -> d.findElement(By.id("activityForm:deadlinePreview")).getText().contains("31.12.2025"));
        assertEquals("полугодие", browser.text("#parsedKind"));
        browser.type("#activityForm\\:deadline", "IV квартал 2024 года");
        browser.waitUntil(d -> d.findElement(By.id("activityForm:deadlinePreview")).getText().contains("31.12.2024"));
        assertEquals("квартал", browser.text("#parsedKind"));
        assertEquals("срок: 31.12.2024", browser.text("#parsedDue"));
        browser.type("#activityForm\\:deadline", "в течение 2025 года");
        browser.waitUntil(d -> d.findElement(By.id("activityForm:deadlinePreview")).getText().contains("31.12.2025"));
        assertEquals("год", browser.text("#parsedKind"));
        browser.type("#activityForm\\:responsible", "Комитет образования, МОЦ");
        browser.click("#activityForm\\:save");
        browser.waitUntil(d -> !d.findElement(By.id("activityDialog")).isDisplayed());
        browser.screenshot("decision-plan");
        String plan = browser.text("#main\\:tabs");
        assertTrue(plan.contains("2.5 Утверждение порядка формирования реестра") || plan.contains("Утверждение порядка формирования реестра"), plan);
        assertTrue(plan.contains("в течение 2025 года\nсрок: 31.12.2025"), "the clerk's words, the date read from them beside: " + plan);
        assertTrue(plan.contains("До 01.07.2024") || plan.contains("IV квартал 2024 года"), "the seed's words as the act writes them");

        List<WebElement> doneButtons = browser.driver().findElements(By.xpath("//button[normalize-space()='Выполнено']"));
        assertTrue(!doneButtons.isEmpty());
        doneButtons.get(0).click();
        browser.waitForAjax();
        browser.waitUntil(d -> d.findElement(By.id("doneDialog")).isDisplayed());
        browser.type("#doneForm\\:evidence", "Постановление администрации от 01.03.2023");
        browser.click("#doneForm\\:confirmDone");
        browser.waitUntil(d -> d.findElement(By.id("main:messages")).getText().contains("отмечено выполненным")
                || d.findElement(By.id("pageMessages")).getText().contains("отмечено выполненным"));
        assertTrue(browser.driver().findElements(By.cssSelector("tr.app-status-DONE")).size() >= 1, "the item is shown as done");
    }

    @Test
    void aMeetingWithoutQuorumAdoptsNothing() {
        openLugaDecision();
        tab("Рабочая группа");
        assertTrue(browser.text("#main\\:tabs").contains("нет секретаря"), "Luga's working group has no secretary");
        browser.click("[id$='newMeeting']");
        browser.waitUntil(d -> d.findElement(By.id("meetingDialog")).isDisplayed());
        browser.type("#meetingForm\\:protocol", "7");
        browser.type("#meetingForm\\:question", "О рекомендациях по формированию муниципального социального заказа на 2025 год");
        List<WebElement> presence = browser.driver().findElements(By.cssSelector("#meetingForm\\:attendance .ui-chkbox-box"));
        assertTrue(presence.size() >= 8, "the whole composition is listed: " + presence.size());
        presence.get(0).click();
        browser.waitForAjax();
        presence.get(1).click();
        browser.waitForAjax();
        List<WebElement> forVotes = browser.driver().findElements(By.cssSelector("#meetingForm\\:attendance tbody tr"));
        forVotes.get(0).findElement(By.cssSelector(".ui-radiobutton-box")).click();
        forVotes.get(1).findElement(By.cssSelector(".ui-radiobutton-box")).click();
        browser.click("#meetingForm\\:saveMeeting");
        browser.waitUntil(d -> !d.findElement(By.id("meetingDialog")).isDisplayed());
        browser.screenshot("decision-meeting");
        String meetings = browser.text("[id$='meetings']");
        assertTrue(meetings.contains("кворума нет"), meetings);
        assertTrue(meetings.contains("нет кворума, решение не принимается"), meetings);
    }

    @Test
    void clerkRecordsANewDecisionThatStartsWithTheStandardPlanAndAddsAGroupMember() {
        browser.login("clerk", "demo");
        browser.click("#menuForm\\:menuDecisions");
        browser.click("#listForm\\:create");
        browser.selectOneMenu("decisionForm:territoryId", "Лужский муниципальный район");
        browser.type("#decisionForm\\:issuer", "Администрация Лужского муниципального района");
        browser.type("#decisionForm\\:number", "1200");
        browser.type("#decisionForm\\:title", "Об организации оказания муниципальных услуг в социальной сфере по направлению «социальное обслуживание»");
        browser.click("#decisionForm\\:save");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/decision/decision.xhtml"));
        browser.waitForAjax();
        assertTrue(browser.text("#decisionStatus").contains("проект"));
        browser.click("[id$='editHeader']");
        browser.type("#decisionForm\\:number", "1200-п");
        browser.click("#decisionForm\\:save");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/decision/decision.xhtml") && d.findElement(By.tagName("h1")).getText().contains("1200-п"));
        tab("План апробации");
        assertTrue(browser.text("#main\\:tabs").contains("Оценка результатов апробации"), "the seventh standard stage");
        tab("Рабочая группа");
        browser.type("[id$='fullName']", "Петрова Анна Сергеевна");
        browser.type("[id$='memberPosition']", "начальник отдела социальной защиты");
        browser.click("[id$='addMember']");
        browser.waitUntil(d -> d.findElement(By.cssSelector("[id$='members']")).getText().contains("Петрова Анна Сергеевна"));
        assertTrue(browser.text("#main\\:tabs").contains("нет руководителя"), "a group without a head is flagged");
        tab("Информационное обеспечение");
        browser.click("[id$='addDocument']");
        browser.driver().findElement(By.cssSelector("[id$='documents'] tbody tr input")).sendKeys("социальный заказ");
        browser.type("[id$='systems']", "ГИИС «Электронный бюджет»");
        browser.click("[id$='saveInfo']");
        browser.waitUntil(d -> d.getPageSource().contains("Информационное обеспечение сохранено"));

        browser.click("[id$='adopt']");
        browser.click(".ui-confirmdialog-yes");
        browser.waitUntil(d -> d.findElement(By.id("decisionStatus")).getText().contains("принято"));
        assertTrue(browser.driver().findElements(By.cssSelector("[id$='adopt']")).isEmpty(), "an adopted act is not adopted again");
        tab("История");
        String history = browser.text("[id$='history']");
        assertTrue(history.contains("принять") && history.contains("проект → принято") && history.contains("clerk"), history);
        browser.screenshot("decision-history");
    }

    @Test
    void clerkRecordsAnIndicatorValueAfterARefusedOne() {
        openLugaDecision();
        tab("Показатели эффективности");
        browser.driver().findElements(By.xpath("//button[normalize-space()='Внести факт']")).get(0).click();
        browser.waitForAjax();
        browser.waitUntil(d -> d.findElement(By.id("actualDialog")).isDisplayed());
        browser.type("#actualForm\\:value", "много");
        browser.click("#actualForm\\:saveActual");
        browser.waitUntil(d -> d.findElement(By.id("actualForm:messages")).getText().contains("Ожидается целое число"));
        assertTrue(browser.driver().findElement(By.id("actualDialog")).isDisplayed(), "a refused value keeps the dialog open");
        browser.type("#actualForm\\:value", "12");
        browser.click("#actualForm\\:saveActual");
        browser.waitUntil(d -> !d.findElement(By.id("actualDialog")).isDisplayed());
        assertTrue(browser.text("#main\\:messages").contains("Фактическое значение записано"), browser.text("#main\\:messages"));
        String indicators = browser.text("#main\\:tabs");
        assertTrue(indicators.contains("12 ("), indicators);
    }

    @Test
    void clerkCorrectsTheServicesOfADecisionAttachesItsOriginalAndMarksItExpired() throws Exception {
        long id = adoptedDecision();
        browser.login("clerk", "demo");
        browser.go("decision/decision.xhtml?id=" + id);
        browser.waitForAjax();
        assertTrue(browser.text("#decisionStatus").contains("принято"));

        tab("Услуги");
        ServicePicker picker = new ServicePicker(browser, "main:tabs:scopeService").openWithMouse();
        picker.choose(picker.offered().get(0));
        browser.click("[id$='addService']");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[id$='serviceTable'] tbody tr .pi-trash")).size() == 1);
        browser.find("[id$='serviceTable'] tbody tr button").click();
        browser.click(".ui-confirmdialog-yes");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[id$='serviceTable'] tbody tr .pi-trash")).isEmpty());
        browser.type("[id$='exclusions']", "детская школа искусств");
        browser.click("[id$='saveExclusions']");
        assertEquals("детская школа искусств", browser.find("[id$='exclusions']").getAttribute("value"));

        tab("Общие сведения");
        Path original = Files.createTempDirectory("decision").resolve("act.pdf");
        Files.write(original, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.find("#fileForm\\:original_input").sendKeys(original.toAbsolutePath().toString());
        browser.waitUntil(d -> !d.findElements(By.id("main:tabs:fileLink")).isEmpty()
                && d.findElement(By.id("main:tabs:fileLink")).getText().contains("act.pdf"));

        browser.click("[id$='expire']");
        browser.click(".ui-confirmdialog-yes");
        browser.waitUntil(d -> d.findElement(By.id("decisionStatus")).getText().contains("утратило силу"));
        assertTrue(browser.driver().findElements(By.cssSelector("[id$='expire']")).isEmpty(), "an expired act is not expired again");
        JsonObject after = api.clerkGet("api/v1/decisions/" + id).json();
        assertEquals("EXPIRED", after.getString("status"));
        assertEquals(0, after.getJsonArray("services").size());
    }

    @Test
    void clerkEditsTheTitleOfAnAppendixOnTheCardAndAnObserverOnlyReadsIt() {
        long id = Fixtures.lugaDecision(api, "Проверка вкладки приложений");
        browser.login("clerk", "demo");
        DecisionPage card = new DecisionPage(browser).open(id).appendicesTab();
        assertTrue(card.appendicesNote().contains("Приложения не заданы"), card.appendicesNote());
        browser.screenshot("decision-appendices-usual");
        assertEquals("План апробации", card.appendixTitle(0), "the usual plan of a new decision, prefilled");
        String title = "ПЛАН\nапробации механизмов организации оказания муниципальных услуг на территории Лужского района";
        card.appendixTitle(0, title).saveAppendices();
        browser.waitUntil(d -> d.findElement(By.id("main:messages")).getText().contains("Приложения сохранены"));
        browser.screenshot("decision-appendices");
        assertEquals(title, card.appendixTitle(0));
        assertTrue(card.appendicesNote().contains("заданы как в акте"), card.appendicesNote());
        JsonObject stored = api.clerkGet("api/v1/decisions/" + id + "/appendices").json();
        assertEquals(title, stored.getJsonArray("appendices").getJsonObject(0).getString("title"));
        assertTrue(!stored.getBoolean("standard"));
        card.tab("История");
        assertTrue(browser.text("[id$='history']").contains("изменены приложения"), browser.text("[id$='history']"));

        try (Browser observer = Browser.open(base())) {
            observer.login("observer", "demo");
            DecisionPage read = new DecisionPage(observer).open(id).appendicesTab();
            assertEquals(title, read.appendixTitle(0));
            assertTrue(read.appendixTitleReadOnly(0), "an observer reads the appendices");
            assertTrue(!read.canSaveAppendices());
            observer.screenshot("decision-appendices-read-only");
        }
    }

    /** A new decision of the clerk's territory, adopted, so that the demo decisions stay as they are. */
    private long adoptedDecision() {
        long id = Fixtures.lugaDecision(api, "Проверка вкладок решения");
        int version = api.clerkGet("api/v1/decisions/" + id).json().getInt("version");
        assertEquals(200, api.post("api/v1/decisions/" + id + "/transitions", "{\"action\":\"adopt\",\"version\":" + version + "}").status());
        return id;
    }
}
