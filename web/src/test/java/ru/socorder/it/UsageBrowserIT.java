package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.service.system.ClockProducer;
import ru.socorder.service.usage.UsageRules;

/**
 * An executor enters a month of delivered hours on the screen (1366 × 768): the grid of its contracts with what each
 * still allows, hours over the remainder refused with the reason, the month saved and submitted after a confirmation
 * — read-only from then on, the hours consumed on the certificates; the authority's clerk finds the month among the
 * executors' months — beside an executor with a contract that entered nothing, «Не внесено» — and corrects a row with a
 * reason.
 */
class UsageBrowserIT extends BrowserTest {
    private static final String JAN = CertificateFixtures.YEAR + "-01";
    private final Api api = new Api(base());

    @Test
    void anExecutorEntersAMonthAndSubmitsItAndTheClerkCorrectsARow() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "учёт на экране", 3);
        RegistryFixtures.ExecutorUser x = EnrolmentFixtures.executor(api, s, "Экранный учёт");
        EnrolmentFixtures.Group g = EnrolmentFixtures.group(api, s, x, "Судомоделирование", 10);
        EnrolmentFixtures.Child first = EnrolmentFixtures.child(api, s, "Корабельная");
        EnrolmentFixtures.Child second = EnrolmentFixtures.child(api, s, "Парусная");
        String k1 = EnrolmentFixtures.contract(api, s, x, g, first).getString("number");
        String k2 = EnrolmentFixtures.contract(api, s, x, g, second).getString("number");
        RegistryFixtures.ExecutorUser silent = EnrolmentFixtures.executor(api, s, "Несдавший");
        EnrolmentFixtures.contract(api, s, silent, EnrolmentFixtures.group(api, s, silent, "Шашки", 5),
                EnrolmentFixtures.child(api, s, "Молчаливая"));

        browser.login(x.login(), RegistryFixtures.PASSWORD);
        UsagePage page = new UsagePage(browser).open(JAN);
        String row = page.rowText(k1);
        assertTrue(row.contains("Судомоделирование") && row.contains("72") && row.contains("К*** А. С."), row);
        assertFalse(row.contains(first.lastName()), "the child masked: " + row);
        assertEquals("Месяц не отправлен", page.state());

        page.hours(k1, "80");
        String refused = page.save();
        assertTrue(refused.contains("Больше остатка часов по договору № " + k1 + ": осталось 72 из 72 ч"), refused);
        page.hours(k1, "10").hours(k2, "4,5");
        assertTrue(page.save().contains("Часы сохранены"), page.messages());
        assertTrue(plain(page.rowText(k1)).contains("1 695,50"), page.rowText(k1));
        assertTrue(page.rowText(k2).contains("762,98"), page.rowText(k2));
        assertEquals("Итого за месяц: 14,5 чел.-ч, 2 458,48 руб.", page.totals());
        assertTrue(browser.layoutProblems("usage-entry").isEmpty(), browser.layoutProblems("usage-entry").toString());
        browser.screenshot("usage-entry");

        String submitted = page.submit();
        assertTrue(submitted.contains("Месяц январь " + CertificateFixtures.YEAR + " отправлен"), submitted);
        assertEquals("Месяц отправлен", page.state());
        assertFalse(page.editable(), "read-only once submitted");
        List<JsonObject> ledger = api.get("api/v1/certificates/" + first.number() + "/ledger", s.clerk().login(), s.password()).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals("CONSUME", ledger.get(ledger.size() - 1).getString("kind"));
        browser.screenshot("usage-entry-submitted");
        browser.close();

        browser = Browser.open(base());
        browser.login(s.clerk().login(), s.password());
        UsageMonthsPage months = new UsageMonthsPage(browser).open();
        assertEquals(UsageRules.text(YearMonth.now(ClockProducer.ZONE).minusMonths(1)), months.monthChosen(), "the month due opens");
        months.month("январь " + CertificateFixtures.YEAR);
        String sent = months.rowText(shortName(x));
        assertTrue(sent != null && sent.contains("январь " + CertificateFixtures.YEAR) && sent.contains("Сдано") && sent.contains("14,5"),
                months.text());
        String nothing = months.rowText(shortName(silent));
        assertTrue(nothing != null && nothing.contains("Не внесено"), "an executor with a contract and no hours: " + months.text());
        assertTrue(browser.layoutProblems("usage-months").isEmpty(), browser.layoutProblems("usage-months").toString());
        browser.screenshot("usage-months");
        months.state("Не внесено");
        assertTrue(months.rowText(shortName(silent)) != null && months.rowText(shortName(x)) == null, "who has not submitted: " + months.text());
        UsagePage month = new UsagePage(browser).open(x.executorId(), JAN);
        String corrected = month.correct(k1, "12", "Табель посещаемости исправлен");
        assertTrue(corrected.contains("Часы по договору № " + k1 + " исправлены"), corrected);
        assertTrue(plain(month.rowText(k1)).contains("2 034,60"), month.rowText(k1));
        browser.screenshot("usage-corrected-by-clerk");
    }

    /** The part of the executor's name the list shows («Несдавший 1a2b»). */
    private static String shortName(RegistryFixtures.ExecutorUser x) {
        return x.name().substring(x.name().indexOf('«') + 1, x.name().lastIndexOf('»'));
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }
}
