package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The clerk imports executors from a file: a mixed file is only previewed, a clean one is imported. */
class ImportBrowserIT extends BrowserTest {

    private void upload(String resource) {
        Path file = Path.of("src/test/resources/import", resource).toAbsolutePath();
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        browser.waitUntil(d -> !d.findElements(By.id("importForm:summary")).isEmpty());
        browser.waitForAjax();
    }

    @Test
    void mixedFileIsPreviewedRowByRowAndCannotBeImportedThenACleanFileIs() {
        browser.login("clerk", "demo");
        browser.click("#menuForm\\:menuExecutors");
        browser.click("#listForm\\:import");
        upload("executors-mixed.csv");
        assertTrue(browser.text("#countRejected").endsWith(": 1"), browser.text("#countRejected"));
        assertTrue(browser.text("#countValid").endsWith(": 3"), browser.text("#countValid"));
        assertTrue(browser.text("#importForm\\:rows").contains("неверное контрольное число"));
        assertTrue(!browser.find("#importForm\\:confirm").isEnabled(), "a file with rejected rows cannot be imported");
        browser.screenshot("import-mixed");

        upload("executors-clean.csv");
        assertTrue(browser.text("#countRejected").endsWith(": 0"));
        browser.click("#importForm\\:confirm");
        browser.click(".ui-confirmdialog-yes");
        browser.waitUntil(d -> d.findElement(By.id("importForm:messages")).getText().contains("Импортировано записей: 3"));

        browser.go("catalog/executors.xhtml");
        browser.type("#listForm\\:search", "АНО «Импорт 2»");
        browser.waitUntil(d -> d.findElement(By.id("listForm:table")).getText().contains("АНО «Импорт 2»"));
    }
}
