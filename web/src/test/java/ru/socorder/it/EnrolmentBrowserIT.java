package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * An executor answers enrolments on the screen (1366 × 768): the clerk registers a parent's choice from the
 * certificate's number, the executor sees it on the home page and in «Записи на программы» with its due date,
 * confirms it — the contract opens from the row with the price allocated — and refuses another one, which needs a
 * reason.
 */
class EnrolmentBrowserIT extends BrowserTest {
    private final Api api = new Api(base());

    @Test
    void anExecutorConfirmsAnEnrolmentAndRefusesAnotherWithAReason() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "подтверждение на экране", 2);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Экранный");
        EnrolmentFixtures.group(api, s, x, "Лёгкая атлетика", 10);
        EnrolmentFixtures.Group chess = EnrolmentFixtures.group(api, s, x, "Шахматный клуб", 10);
        EnrolmentFixtures.Child first = EnrolmentFixtures.child(api, s, "Экранова");
        EnrolmentFixtures.Child second = EnrolmentFixtures.child(api, s, "Отказова");
        EnrolmentFixtures.enrol(api, s, second, chess);

        browser.login(s.clerk().login(), s.password());
        EnrolmentNewPage registration = new EnrolmentNewPage(browser).open().certificate(first.number()).group("Лёгкая атлетика");
        String landed = registration.register();
        assertTrue(landed.contains("Ребёнок записан: «Лёгкая атлетика»"), landed);
        browser.screenshot("enrolment-registered-by-clerk");
        browser.close();

        browser = Browser.open(base());
        browser.login(x.login(), RegistryFixtures.PASSWORD);
        assertEquals("2", browser.text("#countEnrolments"), "two enrolments wait for the executor's answer");
        EnrolmentsPage list = new EnrolmentsPage(browser).open();
        String printed = formatted(first.number());
        String row = list.rowText(printed);
        assertTrue(row.contains("Лёгкая атлетика") && row.contains("ждёт ответа исполнителя"), row);
        assertFalse(row.contains(first.lastName()), "no child's name for the executor: " + row);
        assertTrue(browser.layoutProblems("enrolments-executor").isEmpty(), browser.layoutProblems("enrolments-executor").toString());

        list.confirm(printed);
        assertTrue(list.messages().contains("Запись подтверждена: заключён договор №"), list.messages());
        list.show("Все записи");
        assertTrue(list.rowText(printed).contains("подтверждена"), list.rowText(printed));
        browser.screenshot("enrolment-confirmed");

        String other = formatted(second.number());
        list.refuse(other);
        assertFalse(list.submitReason(""), "a refusal needs its reason");
        assertTrue(list.dialogMessages().contains("Укажите причину отказа в зачислении"), list.dialogMessages());
        assertTrue(list.submitReason("Группа укомплектована по медицинским показаниям"), list.dialogMessages());
        assertTrue(list.rowText(other).contains("отклонена") && list.rowText(other).contains("Группа укомплектована"), list.rowText(other));

        ContractPage contract = list.openContract(printed);
        assertEquals("заключён", contract.status());
        assertTrue(contract.price().startsWith("12"), contract.price());
        assertTrue(contract.canTerminate());
        assertFalse(contract.canChangeExecutor(), "the clerk changes the executor");
        browser.screenshot("contract-card-executor");
        assertTrue(contract.text().contains("Лёгкая атлетика"), contract.text());
    }

    @Test
    void theClerkChangesTheExecutorOnTheContractsCard() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "смена исполнителя на экране", 1);
        RegistryFixtures.ExecutorUser first = EnrolmentFixtures.executor(api, s, "Прежний");
        RegistryFixtures.ExecutorUser second = EnrolmentFixtures.executor(api, s, "Новый");
        EnrolmentFixtures.Group old = EnrolmentFixtures.group(api, s, first, "Народные танцы", 5);
        EnrolmentFixtures.group(api, s, second, "Бальные танцы", 5);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Танцующая");
        var e = EnrolmentFixtures.enrol(api, s, child, old);
        long contract = api.send("POST", "api/v1/enrolments/" + e.getJsonNumber("id") + "/confirm", "{\"version\":" + e.getJsonNumber("version")
                + "}", first.login(), RegistryFixtures.PASSWORD).json().getJsonNumber("contractId").longValue();

        browser.login(s.clerk().login(), s.password());
        ContractPage card = new ContractPage(browser).open(contract);
        assertTrue(card.canChangeExecutor() && card.canTerminate());
        String after = card.changeExecutor("Бальные танцы", "Заявление родителя о смене исполнителя");
        assertTrue(after.contains("Исполнитель сменён: заключён договор №"), after);
        assertTrue(card.text().contains("Бальные танцы") && card.text().contains("Взамен договора"), card.text());
        assertEquals("заключён", card.status());
        browser.screenshot("contract-after-change-of-executor");
        assertTrue(browser.layoutProblems("contract-card-clerk").isEmpty(), browser.layoutProblems("contract-card-clerk").toString());
        JsonObject ended = api.get("api/v1/contracts/" + contract, s.clerk().login(), s.password()).json();
        assertEquals("TERMINATED", ended.getString("status"));
    }

    @Test
    void aParentChecksTheCertificateWithoutALogin() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "проверка на экране", 1);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Открытый");
        EnrolmentFixtures.Group group = EnrolmentFixtures.group(api, s, x, "Авиамоделирование", 5);
        EnrolmentFixtures.Child child = EnrolmentFixtures.child(api, s, "Родительская");
        var e = EnrolmentFixtures.enrol(api, s, child, group);
        api.send("POST", "api/v1/enrolments/" + e.getJsonNumber("id") + "/confirm", "{\"version\":" + e.getJsonNumber("version") + "}",
                x.login(), RegistryFixtures.PASSWORD);

        browser.go("public/certificate-check.xhtml");
        assertTrue(browser.currentPath().contains("certificate-check"), "no login asked: " + browser.currentPath());
        browser.type("#checkForm\\:number", formatted(child.number()));
        browser.type("#checkForm\\:snils4", "0000".equals(child.snils().substring(7)) ? "0001" : "0000");
        browser.click("#checkForm\\:search"); // a full submit (no AJAX): the page is replaced
        String notFound = browser.textOnceContains("#checkForm", "не найден");
        assertTrue(notFound.contains("не найден"), notFound);
        browser.type("#checkForm\\:snils4", child.snils().substring(7));
        browser.click("#checkForm\\:search");
        String result = browser.textOnceContains("#checkForm", "Авиамоделирование");
        assertTrue(result.contains("Авиамоделирование") && result.contains("Открытый") && result.contains("11.01.2027"), result);
        assertFalse(result.contains(child.lastName()), result);
        browser.screenshot("public-certificate-check");
        assertTrue(browser.layoutProblems("public-certificate-check").isEmpty(), browser.layoutProblems("public-certificate-check").toString());
    }

    /** 410000000123 → 41-00-0000012-3, as the screens print a certificate number. */
    private static String formatted(String number) {
        return ru.socorder.model.identifier.CertificateNumber.of(number).formatted();
    }
}
