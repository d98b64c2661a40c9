package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A clerk reviews a registry application on the screen (1366 px): finds it in «Заявки на включение», sees the
 * automatic checks, takes it into review, is asked to confirm the inclusion (warned that a check failed), includes the
 * executor and finds the steps in the history; a refusal is refused without a reason from the list.
 */
class RegistryBrowserIT extends IntegrationTest {
    private final Api api = new Api(base());
    private Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(base());
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aClerkReviewsARegistryApplicationAndIncludesIt() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "рассмотрение заявки на экране");
        RegistryFixtures.ExecutorUser x = RegistryFixtures.executor(api, "Экран");
        RegistryFixtures.submittedApplication(api, x, clerk.authorityId());
        browser.login(clerk.login(), clerk.password());
        RegistryApplicationPage page = new RegistryApplicationPage(browser).openFromList(x.name());
        assertEquals("подана", page.status());
        assertTrue(page.checks().contains("Реквизиты") && page.checks().contains("не пройдена"), page.checks());
        assertFalse(page.offers("include"), "an application is taken into review before it is decided");
        assertFalse(page.offers("submit"), "the reviewer does not submit the executor's application");

        page.step("take");
        assertEquals("на рассмотрении", page.status());
        assertTrue(page.offers("include") && page.offers("refuse") && page.offers("return"));
        browser.screenshot("registry-application-review");
        assertTrue(browser.layoutProblems("registry-application-review").isEmpty(), browser.layoutProblems("registry-application-review").toString());

        assertEquals("услуга не включена в социальный заказ с объёмом по сертификатам", page.openRefusal(),
                "the dialog proposes the reason of the failed check");
        page.refuse(null, "Нет копии лицензии");
        assertTrue(page.decisionDialogShown(), "a refusal without a reason from the list is refused");
        assertTrue(page.decisionDialog().contains("Выберите причину отказа из перечня"), page.decisionDialog());
        browser.click("#decideForm\\:cancelDecision");

        String question = page.ask("include");
        assertTrue(question.contains("Не все автоматические проверки пройдены"), question);
        page.confirm();
        assertEquals("исполнитель включён в реестр", page.status());
        assertTrue(page.messages().contains("Исполнитель включён в реестр"), page.messages());
        assertTrue(page.history().contains("принять к рассмотрению") && page.history().contains("включить в реестр"), page.history());

        JsonObject entry = api.clerkGet("api/v1/executor-registry/entries?executorId=" + x.executorId()).json().getJsonArray("items").getJsonObject(0);
        assertEquals("ACTIVE", entry.getString("status"));
        assertEquals(clerk.authorityId(), entry.getJsonNumber("authorityId").longValue());
        assertEquals(List.of(), browser.cspViolations());
    }

    @Test
    void anExecutorFilesItsApplicationOnTheScreen() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "заявка исполнителя на экране");
        String authority = api.get("api/v1/authorities/" + clerk.authorityId(), "admin", "demo").json().getString("shortName");
        RegistryFixtures.ExecutorUser x = RegistryFixtures.executor(api, "Подаёт сам");
        browser.login(x.login(), RegistryFixtures.PASSWORD);
        RegistryApplicationPage page = new RegistryApplicationPage(browser).newApplication(authority);
        assertEquals("черновик", page.status());
        assertFalse(page.offers("take"), "the executor does not review");
        page.addService(RegistryFixtures.DOP).licenceNumber("Л035-01234-47/00000001").save();
        assertTrue(page.services().contains(RegistryFixtures.DOP), page.services());
        assertTrue(page.messages().contains("Сохранено"), page.messages());
        browser.screenshot("registry-application-executor");
        assertTrue(browser.layoutProblems("registry-application-executor").isEmpty(), browser.layoutProblems("registry-application-executor").toString());
        String question = page.ask("submit");
        assertTrue(question.contains("Подать заявку"), question);
        page.confirm();
        assertEquals("подана", page.status());
        assertFalse(page.offers("save"), "a submitted application is not edited");
        assertTrue(page.offers("withdraw"));

        JsonObject listed = api.send("GET", "api/v1/executor-registry/applications?authorityId=" + clerk.authorityId(), null, clerk.login(),
                clerk.password()).json();
        assertEquals(1, listed.getInt("total"), listed.toString());
        assertEquals("SUBMITTED", listed.getJsonArray("items").getJsonObject(0).getString("status"));
        assertEquals("Л035-01234-47/00000001", listed.getJsonArray("items").getJsonObject(0).getJsonObject("licence").getString("number"));
    }

    @Test
    void theClerkSuspendsAnEntryWithItsBasisAndReadsTheProgrammeWithItsGroups() {
        Fixtures.Clerk clerk = Fixtures.lugaClerk(api, "карточка записи реестра");
        RegistryFixtures.ExecutorUser x = RegistryFixtures.executor(api, "Карточка");
        RegistryFixtures.include(api, clerk, RegistryFixtures.submittedApplication(api, x, clerk.authorityId()));
        JsonObject programme = RegistryFixtures.certifiedProgramme(api, clerk, x, RegistryFixtures.lugaService(api), "Юный программист");
        long entry = api.clerkGet("api/v1/executor-registry/entries?executorId=" + x.executorId()).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        browser.login(clerk.login(), clerk.password());

        RegistryEntryPage card = new RegistryEntryPage(browser).open(entry);
        assertEquals("действует", card.status());
        assertTrue(card.card().contains(RegistryFixtures.DOP), card.card());
        card.step("Приостановить", "");
        assertTrue(card.dialogShown() && card.dialog().contains("Укажите основание приостановления"), card.dialog());
        card.step("Приостановить", "Предписание надзорного органа");
        assertEquals("приостановлена", card.status());
        assertTrue(card.history().contains("Предписание надзорного органа"), card.history());
        assertTrue(card.card().contains("Возобновить") && card.card().contains("Исключить из реестра"), card.card());
        assertTrue(browser.layoutProblems("registry-entry").isEmpty(), browser.layoutProblems("registry-entry").toString());

        browser.go("registry/programme.xhtml?id=" + programme.getJsonNumber("id"));
        String text = browser.text("#main");
        assertTrue(text.contains("сертифицирована"), text);
        assertTrue(text.contains("Группа 1") && text.contains("вт, чт 16:00–17:30"), text);
        assertTrue(browser.text("#main\\:price").contains("руб."), browser.text("#main\\:price"));
        assertTrue(browser.layoutProblems("registry-programme").isEmpty(), browser.layoutProblems("registry-programme").toString());
        browser.go("registry/normatives.xhtml");
        assertTrue(browser.text("#listForm\\:table").contains(RegistryFixtures.DOP), browser.text("#listForm\\:table"));
        browser.go("registry/entries.xhtml");
        assertTrue(browser.layoutProblems("registry-entries").isEmpty(), browser.layoutProblems("registry-entries").toString());
    }
}
