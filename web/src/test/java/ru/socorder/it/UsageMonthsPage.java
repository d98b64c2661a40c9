package ru.socorder.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** «Месяцы исполнителей»: the clerk's list of a month — every executor with contracts in force and where it stands. */
final class UsageMonthsPage {
    private final Browser browser;

    UsageMonthsPage(Browser browser) {
        this.browser = browser;
    }

    /** The list as the menu opens it (the last month). */
    UsageMonthsPage open() {
        browser.go("usage/months.xhtml");
        return this;
    }

    /** Chooses the month by its label («январь 2027»). */
    UsageMonthsPage month(String label) {
        new SelectMenu(browser, "listForm:month").openWithMouse().choose(label);
        return this;
    }

    /** Chooses the state shown («Не внесено», «Внесено, не сдано», «Сдано», «Любое состояние»). */
    UsageMonthsPage state(String label) {
        new SelectMenu(browser, "listForm:status").openWithMouse().choose(label);
        return this;
    }

    String monthChosen() {
        return new SelectMenu(browser, "listForm:month").chosen();
    }

    /** The row of the executor (a part of its name), or null when the list does not show it. */
    String rowText(String executor) {
        return browser.driver().findElements(By.cssSelector("[id='listForm:table'] tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains(executor)).findFirst().orElse(null);
    }

    String text() {
        return browser.text("[id='listForm:table']");
    }
}
