package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Ogrn;

/** The clerk works with the executor directory in a real browser. */
class CatalogBrowserIT extends BrowserTest {

    @Test
    void clerkCreatesAnExecutorWithAWrongInnSeesTheMessageCorrectsItAndSaves() {
        String goodInn = Inn.withCheckDigits("781055" + (100 + (int) (System.nanoTime() % 800)));
        String wrongInn = goodInn.substring(0, 9) + ((goodInn.charAt(9) - '0' + 1) % 10);
        browser.login("clerk", "demo");
        browser.click("#menuForm\\:menuExecutors");
        assertEquals("Исполнители услуг", browser.text("h1"));
        browser.click("[id$='create']");

        browser.selectOneMenu("executorForm:type", "Некоммерческая организация");
        browser.type("#executorForm\\:fullName", "Автономная некоммерческая организация «Радуга»");
        browser.type("#executorForm\\:shortName", "АНО «Радуга»");
        browser.type("#executorForm\\:inn", wrongInn);
        browser.click("#executorForm\\:kpp"); // leaving the field checks the ИНН at once
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#executorForm\\:innMessage .ui-message-error-detail")).isEmpty()
                || d.findElement(By.id("executorForm:innMessage")).getText().contains("контрольное"));
        assertTrue(browser.text("#executorForm\\:innMessage").contains("ИНН: неверное контрольное число"),
                browser.text("#executorForm\\:innMessage"));
        browser.type("#executorForm\\:kpp", "781001001");
        browser.type("#executorForm\\:ogrn", Ogrn.withCheckDigit("102781" + (100000 + (int) (System.nanoTime() % 800000))));
        browser.click("#executorForm\\:save");
        assertTrue(browser.currentPath().startsWith("/catalog/executor.xhtml"), "the wrong ИНН is not saved");
        assertTrue(browser.text("#executorForm\\:innMessage").contains("неверное контрольное число"));
        browser.screenshot("executor-wrong-inn");

        browser.type("#executorForm\\:inn", goodInn);
        browser.click("#executorForm\\:save");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/catalog/executors.xhtml"));
        browser.waitForAjax();
        browser.type("#listForm\\:search", goodInn);
        browser.waitUntil(d -> d.findElement(By.id("listForm:table")).getText().contains("АНО «Радуга»"));
        assertTrue(browser.text("#listForm\\:table").contains(goodInn));
    }

    @Test
    void servicesListShowsRegistryNumbersInTheirCanonicalForm() {
        browser.login("observer", "demo");
        browser.click("#menuForm\\:menuServices");
        browser.type("#listForm\\:search", "8042000.99.0.ББ52АН48000");
        browser.waitUntil(d -> d.findElement(By.id("listForm:table")).getText().contains("804200О.99.0.ББ52АН48000"));
        browser.screenshot("services");
        assertTrue(browser.driver().findElements(By.id("listForm:create")).isEmpty(), "an observer cannot add services");
    }

    @Test
    void administratorBrowsesTheSmallerListsAndEditsAUnit() {
        browser.login("admin", "demo");
        browser.click("#menuForm\\:menuTerritories");
        assertTrue(browser.text("#listForm\\:table").contains("Лужский муниципальный район"));
        assertTrue(browser.text("#listForm\\:table").contains("41633000"));
        assertTrue(browser.driver().findElements(By.cssSelector(".ui-column-filter")).isEmpty(),
                "no column filter boxes that would filter nothing (the list is searched by the box above it)");
        browser.click("#menuForm\\:menuAuthorities");
        browser.type("#listForm\\:search", "Минкультуры"); // other tests add authorities of their own
        browser.waitUntil(d -> d.findElement(By.id("listForm:table")).getText().contains("Минкультуры и туризма Калужской области"));
        browser.click("#menuForm\\:menuDirections");
        assertTrue(browser.text("#listForm\\:table").contains("Содействие занятости населения"));
        browser.click("#menuForm\\:menuUnits");
        browser.type("#listForm\\:search", "5451");
        browser.waitUntil(d -> d.findElement(By.id("listForm:table")).getText().contains("Посещение")
                && !d.findElement(By.id("listForm:table")).getText().contains("Человеко-час"));
        browser.click("#listForm\\:table a");
        browser.type("#unitForm\\:code", "54X");
        browser.click("#unitForm\\:save");
        assertTrue(browser.text("#unitForm\\:messages").contains("Код ОКЕИ состоит из 3 или 4 цифр"));
        browser.type("#unitForm\\:code", "5451");
        browser.type("#unitForm\\:shortName", "посещ");
        browser.click("#unitForm\\:save");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/catalog/units.xhtml"));
        browser.screenshot("units");
        assertTrue(browser.driver().getPageSource().contains("Запись «5451 Посещение» сохранена"));

        browser.type("#listForm\\:search", "5451"); // the card again: its history names the change and who made it
        browser.waitUntil(d -> d.findElement(By.id("listForm:table")).getText().contains("Посещение")
                && !d.findElement(By.id("listForm:table")).getText().contains("Человеко-час"));
        browser.click("#listForm\\:table a");
        browser.click("#cardHistory_toggler");
        browser.waitUntil(d -> d.findElement(By.id("cardHistory")).getText().contains("изменение"));
        assertTrue(browser.text("#cardHistory").contains("admin"), browser.text("#cardHistory"));

        browser.go("admin/audit.xhtml");
        assertEquals("Журнал действий", browser.text("h1"));
        browser.selectOneMenu("auditForm:kind", "единица измерения");
        // the unfiltered journal holds «изменение» too: wait for the table the filter answered (a filter that lets other
        // kinds through never gets there, and the test fails)
        browser.waitUntil(d -> {
            String t = d.findElement(By.id("auditForm:table")).getText();
            return t.contains("изменение") && !t.contains("услуга №") && !t.contains("социальный сертификат №");
        });
        String journal = browser.text("#auditForm\\:table");
        assertTrue(journal.contains("единица измерения №"), journal);
        assertTrue(!journal.contains("услуга №"), "the filter keeps other kinds of record out: " + journal);
        assertTrue(browser.driver().findElements(By.cssSelector(".ui-column-filter")).isEmpty(), "no dead column filters");
        browser.screenshot("audit-journal");
    }

    @Test
    void theUnitsListIsExportedToCsvForExcel() throws Exception {
        try (var old = Files.list(Files.createDirectories(Browser.DOWNLOADS))) {
            old.filter(f -> f.getFileName().toString().startsWith("units")).forEach(f -> f.toFile().delete());
        }
        browser.login("observer", "demo");
        browser.click("#menuForm\\:menuUnits");
        browser.find("#listForm\\:exportCsv").click();
        Path file = browser.downloaded("units");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 BOM so that Excel reads Cyrillic");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("Код ОКЕИ;Наименование;Краткое наименование"), text);
        assertTrue(text.contains("539;Человеко-час;чел.-ч"), text);
    }
}
