package ru.socorder.it;

import org.openqa.selenium.By;

/** The decision card as a clerk works with it: open, switch tabs, edit the appendices on «Приложения» and save them. */
final class DecisionPage {
    private final Browser browser;

    DecisionPage(Browser browser) {
        this.browser = browser;
    }

    DecisionPage open(long id) {
        browser.go("decision/decision.xhtml?id=" + id);
        return this;
    }

    DecisionPage tab(String title) {
        browser.driver().findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
        browser.waitForAjax();
        return this;
    }

    DecisionPage appendicesTab() {
        return tab("Приложения");
    }

    /** The title of an appendix (0-based, in the act's order) as the tab shows it. */
    String appendixTitle(int index) {
        return browser.find(appendix(index, "title")).getAttribute("value");
    }

    DecisionPage appendixTitle(int index, String title) {
        browser.type(appendix(index, "title"), title);
        return this;
    }

    boolean appendixTitleReadOnly(int index) {
        return browser.find(appendix(index, "title")).getAttribute("readonly") != null;
    }

    boolean canSaveAppendices() {
        return !browser.driver().findElements(By.id("main:tabs:saveAppendices")).isEmpty();
    }

    DecisionPage saveAppendices() {
        browser.click("#main\\:tabs\\:saveAppendices");
        return this;
    }

    /** The note over the appendices: the usual ones, or the act's own. */
    String appendicesNote() {
        return browser.text("#main\\:tabs\\:appendixEditor .app-note");
    }

    String messages() {
        return browser.text("#main\\:messages");
    }

    private static String appendix(int index, String field) {
        return "#main\\:tabs\\:appendices\\:" + index + "\\:" + field;
    }
}
