package ru.socorder.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the browser tests: a fresh Chromium (1366 × 768) for every test, closed after it. */
public abstract class BrowserTest extends IntegrationTest {
    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(base());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
