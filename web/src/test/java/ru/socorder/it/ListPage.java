package ru.socorder.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A list screen (catalogue, decisions, users, journal) as a clerk works with it: search box, table, exports. */
final class ListPage {
    private final Browser browser;
    private final String form;

    ListPage(Browser browser) {
        this(browser, "listForm");
    }

    /** @param form the id of the list's form ({@code listForm}, {@code usersForm}, {@code auditForm}) */
    ListPage(Browser browser, String form) {
        this.browser = browser;
        this.form = form;
    }

    /** Opens the list from the menu (the item's id, e.g. {@code menuServices}). */
    ListPage openFromMenu(String menuItem) {
        browser.click("#menuForm\\:" + menuItem);
        return this;
    }

    /** Types into the search box (what was there is replaced); the list searches as one types. */
    ListPage search(String text) {
        searchBox().sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    /** Types into the search box and presses Enter. */
    ListPage searchAndPressEnter(String text) {
        searchBox().sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
        return this;
    }

    /** Waits until the rows shown (each row's text) satisfy the check; returns them. */
    List<String> waitForRows(Predicate<List<String>> check) {
        @SuppressWarnings("unchecked")
        List<String>[] rows = new List[1];
        browser.waitUntil(d -> {
            browser.waitForAjax();
            rows[0] = rows();
            return check.test(rows[0]);
        });
        return rows[0];
    }

    /** The rows shown, each as its text (none when the list says it is empty); read at once, as the table may be redrawn. */
    @SuppressWarnings("unchecked")
    List<String> rows() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('[id=\"' + arguments[0] + ':table\"] tbody tr[data-ri]'))"
                        + ".map(function (r) { return r.innerText; });", form);
    }

    /** Clicks the export button of a format (xlsx, csv) and returns the file the browser saved. */
    Path export(String format, String filePrefix) throws java.io.IOException {
        forgetDownloads(filePrefix);
        browser.find("#" + form + "\\:export" + (format.equals("xlsx") ? "Xlsx" : "Csv")).click();
        return browser.downloaded(filePrefix);
    }

    /** Files the browser has saved whose names start with the prefix. */
    static List<Path> downloads(String filePrefix) throws java.io.IOException {
        try (var files = Files.list(Files.createDirectories(Browser.DOWNLOADS))) {
            return files.filter(f -> f.getFileName().toString().startsWith(filePrefix)).toList();
        }
    }

    /** Forgets the files saved earlier whose names start with the prefix. */
    static void forgetDownloads(String filePrefix) throws java.io.IOException {
        downloads(filePrefix).forEach(f -> f.toFile().delete());
    }

    /** Opens the card of the first row. */
    void openFirst() {
        browser.click("#" + form + "\\:table tbody tr[data-ri] a");
    }

    private WebElement searchBox() {
        return browser.find("#" + form + "\\:search");
    }
}
