package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The clerk calculates January's payment on «Оплата за месяц» (1366 × 768) and sees the acts and the advance; the
 * approver approves it after a confirmation, and the treasury file appears; the reconciliation screen shows the zero
 * line.
 */
class PaymentBrowserIT extends BrowserTest {
    private final Api api = new Api(base());

    @Test
    void theClerkCalculatesAMonthAndTheApproverApprovesIt() {
        EnrolmentFixtures.Setup s = EnrolmentFixtures.setup(api, "оплата на экране", 1);
        PaymentFixtures.Party party = PaymentFixtures.party(api, s, "Экранный", 1, "80");
        PaymentFixtures.deliver(api, party, CertificateFixtures.YEAR + "-01", "10");
        String january = "январь " + CertificateFixtures.YEAR;

        browser.login(s.clerk().login(), s.password());
        PaymentPage page = new PaymentPage(browser).open(CertificateFixtures.YEAR + "-01");
        assertTrue(page.text().contains(january), page.text());
        assertTrue(page.submissions().startsWith("1 из 1"), page.text());
        assertTrue(page.status().contains("не запускался"), page.status());
        assertFalse(page.canApprove(), "the clerk does not approve");
        page.start();
        assertTrue(page.status().contains("рассчитан"), page.status());
        assertEquals("соглашений обработано: 1 из 1", page.progress(), page.text());
        String invoices = page.invoices();
        assertTrue(invoices.contains("акт за месяц") && invoices.contains("1 695,50") && invoices.contains("аванс"), invoices);
        assertFalse(page.hasTreasuryFile(), "no treasury file before the approval");
        assertTrue(browser.layoutProblems("payment-ready").isEmpty(), browser.layoutProblems("payment-ready").toString());
        browser.close();

        browser = Browser.open(base());
        browser.login(s.volume().approver(), s.password());
        page = new PaymentPage(browser).open(CertificateFixtures.YEAR + "-01");
        assertTrue(page.canApprove());
        page.approve();
        assertTrue(page.status().contains("утверждён"), page.status());
        assertTrue(page.hasTreasuryFile());
        for (String format : new String[] {"Xlsx", "Pdf"}) {
            String link = page.executorRegister(0, format);
            assertTrue(link.endsWith("/register." + format.toLowerCase() + "?executorId=" + party.executorId()), link);
            Api.Reply file = api.get(link, s.volume().approver(), s.password());
            assertEquals(200, file.status(), link);
        }
        browser.screenshot("payment-approved");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.find("#paymentForm\\:table"));
        browser.screenshot("payment-invoices");

        browser.go("payment/reconciliation.xhtml?month=" + CertificateFixtures.YEAR + "-02");
        browser.click("#reconciliationForm\\:previousMonth");
        assertTrue(browser.text("#monthShown").equals(january), browser.text("#reconciliationForm"));
        assertTrue(browser.text("#reconciliationForm\\:zero").contains("Расхождений нет"), browser.text("#reconciliationForm"));
        assertTrue(browser.layoutProblems("reconciliation").isEmpty(), browser.layoutProblems("reconciliation").toString());
    }
}
