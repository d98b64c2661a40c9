package ru.socorder.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The «Рабочая группа» tab of a decision card: meetings recorded, corrected, signed, deleted; the print dialog. */
final class WorkingGroupTab {
    private final Browser browser;

    WorkingGroupTab(Browser browser) {
        this.browser = browser;
    }

    /** Opens the decision card on this tab. */
    WorkingGroupTab open(long decision) {
        browser.go("decision/decision.xhtml?id=" + decision);
        browser.driver().findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Рабочая группа']")).click();
        browser.waitForAjax();
        return this;
    }

    WorkingGroupTab newMeeting() {
        browser.click("[id$='newMeeting']");
        browser.waitUntil(d -> d.findElement(By.id("meetingDialog")).isDisplayed());
        return this;
    }

    /** Opens the meeting of a row (0-based) for correction. */
    WorkingGroupTab edit(int row) {
        meetingRow(row).findElement(By.cssSelector("[id$='editMeeting']")).click();
        browser.waitForAjax();
        browser.waitUntil(d -> d.findElement(By.id("meetingDialog")).isDisplayed());
        return this;
    }

    /** Types the date of the meeting and closes the calendar, as a user leaving the field does. */
    WorkingGroupTab date(String ddMMyyyy) {
        browser.find("#meetingForm\\:date_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), ddMMyyyy, Keys.TAB);
        browser.waitForAjax();
        try {
            browser.waitUntil(d -> d.findElements(By.id("meetingForm:date_panel")).stream().noneMatch(WebElement::isDisplayed));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("meeting-date-calendar-open");
            throw e;
        }
        return this;
    }

    WorkingGroupTab question(String text) {
        browser.type("#meetingForm\\:question", text);
        return this;
    }

    private List<WebElement> attendanceRows() {
        return browser.driver().findElements(By.cssSelector("#meetingForm\\:attendance tbody tr"));
    }

    /** Marks a member (row of the composition) present or absent, as a click on the box does. */
    WorkingGroupTab present(int member, boolean present) {
        WebElement box = attendanceRows().get(member).findElement(By.cssSelector(".ui-chkbox-box"));
        boolean checked = box.getAttribute("class").contains("ui-state-active");
        if (checked != present) {
            box.click();
            browser.waitForAjax();
        }
        return this;
    }

    /** Chooses a member's vote: 0 за, 1 против, 2 воздержался. */
    WorkingGroupTab vote(int member, int option) {
        attendanceRows().get(member).findElements(By.cssSelector(".ui-radiobutton-box")).get(option).click();
        return this;
    }

    /** Whether the member's vote can be given (only those present vote). */
    boolean voteEnabled(int member) {
        return attendanceRows().get(member).findElements(By.cssSelector("input[type='radio']")).stream().noneMatch(i -> i.getAttribute("disabled") != null);
    }

    /** Saves the dialog; true when it closed (saved), false when it stayed open with messages. */
    boolean save() {
        browser.click("#meetingForm\\:saveMeeting");
        return !browser.driver().findElement(By.id("meetingDialog")).isDisplayed();
    }

    String dialogMessages() {
        return browser.text("#meetingForm\\:messages");
    }

    void cancelDialog() {
        browser.driver().findElement(By.cssSelector("#meetingDialog .ui-dialog-titlebar-close")).click();
    }

    private WebElement meetingRow(int row) {
        return browser.driver().findElements(By.cssSelector("[id$='meetings_data'] > tr")).get(row);
    }

    String meetings() {
        return browser.text("[id$='meetings']");
    }

    int meetingCount() {
        return (int) browser.driver().findElements(By.cssSelector("[id$='meetings_data'] > tr")).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message")).count();
    }

    boolean canChange(int row) {
        return !meetingRow(row).findElements(By.cssSelector("[id$='editMeeting']")).isEmpty();
    }

    /** Marks the protocol of a row signed on the date the dialog offers (today). */
    WorkingGroupTab sign(int row) {
        meetingRow(row).findElement(By.cssSelector("[id$='signMeeting']")).click();
        browser.waitForAjax();
        browser.waitUntil(d -> d.findElement(By.id("signDialog")).isDisplayed());
        browser.click("#signForm\\:confirmSign");
        browser.waitUntil(d -> !d.findElement(By.id("signDialog")).isDisplayed());
        return this;
    }

    WorkingGroupTab delete(int row) {
        meetingRow(row).findElement(By.cssSelector("[id$='deleteMeeting']")).click();
        browser.click(".ui-confirmdialog-yes");
        return this;
    }

    String messages() {
        return browser.text("#main\\:messages");
    }

    /** Opens the print dialog; the labels of the protocols offered and whether each is chosen («[x] …»). */
    List<String> openPrint() {
        browser.click("#main\\:print");
        browser.waitUntil(d -> d.findElement(By.id("printDialog")).isDisplayed());
        List<WebElement> boxes = browser.driver().findElements(By.cssSelector("#printForm\\:protocols .ui-chkbox-box"));
        List<WebElement> labels = browser.driver().findElements(By.cssSelector("#printForm\\:protocols label"));
        return java.util.stream.IntStream.range(0, boxes.size())
                .mapToObj(i -> (boxes.get(i).getAttribute("class").contains("ui-state-active") ? "[x] " : "[ ] ") + labels.get(i).getText())
                .toList();
    }

    /** Toggles a protocol (in the order of the print dialog). */
    WorkingGroupTab toggleProtocol(int row) {
        browser.driver().findElements(By.cssSelector("#printForm\\:protocols .ui-chkbox-box")).get(row).click();
        browser.waitForAjax();
        return this;
    }

    /** Where the PDF button of the print dialog leads (a link button: the link itself or the link inside it). */
    String pdfHref() {
        WebElement button = browser.find("#printForm\\:printPdf");
        return "a".equals(button.getTagName()) ? button.getAttribute("href") : button.findElement(By.tagName("a")).getAttribute("href");
    }

    /** The card's history tab text. */
    String history() {
        browser.driver().findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='История']")).click();
        browser.waitForAjax();
        return browser.text("[id$='history']");
    }
}
