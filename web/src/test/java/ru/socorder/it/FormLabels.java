package ru.socorder.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The labels of an edit form as a user reads them: which fields the form marks as required («*»). */
final class FormLabels {
    private final Browser browser;

    FormLabels(Browser browser) {
        this.browser = browser;
    }

    FormLabels open(String page) {
        browser.go(page);
        return this;
    }

    /** The labels carrying the required mark, without the mark. */
    List<String> required() {
        return browser.driver().findElements(By.cssSelector("label.ui-outputlabel")).stream()
                .filter(l -> !l.findElements(By.cssSelector(".ui-outputlabel-rfi")).isEmpty())
                .map(WebElement::getText).map(t -> t.replace("*", "").strip()).toList();
    }

    /** Chooses a value of a select menu of the form as a user does: opens it and clicks the option. */
    FormLabels choose(String clientId, String label) {
        new SelectMenu(browser, clientId).openWithMouse().choose(label);
        return this;
    }

    /** The required labels once they satisfy the expectation (the form re-renders them after a choice), or as they are after the wait. */
    List<String> requiredOnce(java.util.function.Predicate<List<String>> expected) {
        try {
            browser.waitUntil(d -> expected.test(required()));
        } catch (org.openqa.selenium.TimeoutException notReached) {
            // the caller's assertion reports what the form shows
        }
        return required();
    }
}
