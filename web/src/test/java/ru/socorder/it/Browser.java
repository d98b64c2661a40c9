package ru.socorder.it;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through /usr/bin/chromedriver (Selenium never downloads a driver or a browser).
 * Without Chromium the browser tests are skipped with a loud message, except under CI, where that is a failure.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** The commonest office screen: every page must be usable at this size. */
    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;

    /** Where files the browser downloads (exports) land. */
    public static final Path DOWNLOADS = Path.of("target", "downloads");

    private final WebDriver driver;
    private final String base;
    private final Path userData;

    private Browser(WebDriver driver, String base, Path userData) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
        this.userData = userData;
    }

    public static Browser open(URL deployment) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String message = "\n*****************************************************************\n"
                    + " BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing.\n"
                    + " Install them with: apt-get install -y chromium chromium-driver\n"
                    + "*****************************************************************";
            System.err.println(message);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium is required in CI" + message);
            }
            Assumptions.assumeTrue(false, message);
        }
        try {
            Path userData = Files.createTempDirectory("socorder-chromium");
            Files.createDirectories(DOWNLOADS);
            ChromeOptions options = new ChromeOptions();
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "profile.default_content_setting_values.automatic_downloads", 1)); // a test may export twice
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=" + WIDTH + "," + HEIGHT, "--lang=ru-RU", "--user-data-dir=" + userData);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, deployment.toString(), userData);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
        waitForAjax();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length() - 1);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * The element's text once it contains the expected part, or as it is after the wait (for the caller's assertion). A
     * full submit or an AJAX answer replaces the element meanwhile: that is «not yet», the element is found again.
     */
    public String textOnceContains(String css, String expected) {
        try {
            waitUntil(d -> d.findElement(By.cssSelector(css)).getText().contains(expected));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            // the caller asserts on what the page shows
        }
        return text(css);
    }

    public void type(String css, String value) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(value);
    }

    /** Replaces the text of an input and leaves it (one key sequence, so an AJAX update of the cell cannot interfere). */
    public void replaceAndLeave(String css, String value) {
        find(css).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value, org.openqa.selenium.Keys.TAB);
        waitForAjax();
    }

    /** Clicks and waits until the page has loaded and the PrimeFaces AJAX queue is empty. */
    public void click(String css) {
        find(css).click();
        waitForAjax();
    }

    /** Waits for document readiness, then for jQuery and the PrimeFaces AJAX queue to be idle. No sleeping. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"
                        + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Waits until the condition holds. An element re-rendered by an AJAX answer while the condition reads it
     * (stale) means «not yet», not a failure: the condition is asked again.
     */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Chooses the option with the given label in a PrimeFaces selectOneMenu (through its widget, as a click would). */
    public void selectOneMenu(String clientId, String label) {
        Object ok = ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + "var opts = document.getElementById(arguments[0] + '_input').options;"
                        + "for (var i = 0; i < opts.length; i++) { if (opts[i].text === arguments[1]) { w.selectValue(opts[i].value); return true; } }"
                        + "return false;", clientId, label);
        if (!Boolean.TRUE.equals(ok)) {
            throw new IllegalArgumentException("no option «" + label + "» in " + clientId);
        }
        waitForAjax();
    }

    /** Waits until the browser has finished downloading a file whose name starts with the prefix; returns it. */
    public Path downloaded(String prefix) {
        Path[] found = new Path[1];
        try {
            waitForDownload(prefix, found);
        } catch (org.openqa.selenium.TimeoutException e) {
            String saved;
            try (var files = Files.list(DOWNLOADS)) {
                saved = files.map(f -> f.getFileName().toString()).toList().toString();
            } catch (java.io.IOException io) {
                saved = io.toString();
            }
            throw new AssertionError("no download «" + prefix + "…» in " + DOWNLOADS.toAbsolutePath() + " " + saved + "; the page is "
                    + driver.getCurrentUrl() + " «" + driver.getTitle() + "»", e);
        }
        return found[0];
    }

    private void waitForDownload(String prefix, Path[] found) {
        waitUntil(d -> {
            try (var files = Files.list(DOWNLOADS)) {
                found[0] = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
                return found[0] != null;
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    /** The browser's console messages so far (JavaScript errors of the page), for diagnosing a failing step. */
    public String consoleLog() {
        StringBuilder sb = new StringBuilder();
        driver.manage().logs().get("browser").forEach(e -> sb.append(e.getLevel()).append(' ').append(e.getMessage()).append('\n'));
        return sb.toString();
    }

    /**
     * Content-Security-Policy violations the browser reported since the last look at its log (Chromium logs each as
     * a console error «Refused to … because it violates the following Content Security Policy directive»).
     */
    public java.util.List<String> cspViolations() {
        java.util.List<String> violations = new java.util.ArrayList<>();
        driver.manage().logs().get("browser").forEach(e -> {
            if (e.getMessage().contains("Content Security Policy")) {
                violations.add(e.getMessage());
            }
        });
        return violations;
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            System.err.println("screenshot failed: " + e);
        }
    }

    /**
     * The layout check of the page as it is now (browser/layout-check.js): the page does not scroll sideways, no
     * visible form field, button or label overlaps another, no table column is narrower than its longest word. Saves
     * a screenshot «layout-NAME» first and returns the problems, each prefixed with the name; none when all is well.
     */
    public java.util.List<String> layoutProblems(String name) {
        waitForAjax();
        screenshot("layout-" + name);
        Object found = ((JavascriptExecutor) driver).executeScript("return " + LayoutScript.TEXT);
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (Object problem : (java.util.List<?>) found) {
            problems.add(name + ": " + problem);
        }
        return problems;
    }

    /** Whether the element lies within the window's width (neither further left nor further right). */
    public boolean withinWindowWidth(WebElement e) {
        var rect = e.getRect();
        return rect.getX() >= 0 && rect.getX() + rect.getWidth() <= windowWidth();
    }

    /** Where the element lies across the window: «left–right of width» in pixels. */
    public String horizontalPlace(WebElement e) {
        var rect = e.getRect();
        return rect.getX() + "–" + (rect.getX() + rect.getWidth()) + " of " + windowWidth();
    }

    private long windowWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
    }

    /** The layout check's script, read once. */
    private static final class LayoutScript {
        static final String TEXT;

        static {
            try (var in = Browser.class.getResourceAsStream("/browser/layout-check.js")) {
                TEXT = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("browser/layout-check.js is missing from the test resources", e);
            }
        }
    }

    public void login(String user, String password) {
        go("login.xhtml");
        type("#loginForm\\:username", user);
        type("#loginForm\\:password", password);
        find("#loginForm\\:submit").click();
        // a full-page POST and redirect: wait for the new page, not for the old one being "complete"
        waitUntil(d -> !d.getCurrentUrl().contains("login.xhtml")
                || !d.findElements(By.cssSelector("#loginForm\\:messages .ui-messages-error")).isEmpty());
        waitForAjax();
    }

    /** Logs out and waits for the login page the logout's full-page POST leads to (not for the old page's readiness). */
    public void logout() {
        find("#logoutForm\\:logout").click();
        waitUntil(d -> d.getCurrentUrl().contains("login.xhtml"));
        waitForAjax();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (java.io.IOException e) {
            // temporary directory; nothing to do
        }
    }
}
