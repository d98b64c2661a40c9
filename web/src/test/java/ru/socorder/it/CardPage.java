package ru.socorder.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A catalogue card (service, executor, territory …) as its user sees it: inputs and buttons for whoever may change the
 * record, plain text for everybody else.
 */
final class CardPage {
    private final Browser browser;
    private final String form;

    private CardPage(Browser browser, String form) {
        this.browser = browser;
        this.form = form;
    }

    static CardPage executor(Browser browser, long id) {
        browser.go("catalog/executor.xhtml?id=" + id);
        return new CardPage(browser, "executorForm");
    }

    static CardPage service(Browser browser, long id) {
        browser.go("catalog/service.xhtml?id=" + id);
        return new CardPage(browser, "serviceForm");
    }

    /** The inputs a user could type into or choose from (text fields, text areas, lists, check boxes, dates). */
    List<WebElement> inputs() {
        return browser.driver().findElements(By.cssSelector("#" + form + " input:not([type=hidden]), #" + form + " textarea, #"
                + form + " select"));
    }

    /** Whether the card shows the button (by its id inside the card's form: save, addLicence, addIndicator …). */
    boolean hasButton(String id) {
        return !browser.driver().findElements(By.id(form + ":" + id)).isEmpty();
    }

    /** Buttons that would delete a row of the card's tables. */
    int deleteButtons() {
        return browser.driver().findElements(By.cssSelector("#" + form + " .pi-trash")).size();
    }

    /** What the card says (labels and values). */
    String text() {
        return browser.text("#" + form);
    }
}
