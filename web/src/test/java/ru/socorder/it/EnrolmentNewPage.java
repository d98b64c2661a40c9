package ru.socorder.it;

/** «Записать на программу»: the clerk types the certificate's number, picks a group and registers the parent's choice. */
final class EnrolmentNewPage {
    private final Browser browser;

    EnrolmentNewPage(Browser browser) {
        this.browser = browser;
    }

    EnrolmentNewPage open() {
        browser.go("enrolment/enrolment-new.xhtml");
        return this;
    }

    EnrolmentNewPage certificate(String number) {
        browser.type("#newForm\\:certificateNumber", number);
        browser.click("#newForm\\:find");
        return this;
    }

    /** Picks the group whose label starts with the programme's name. */
    EnrolmentNewPage group(String programme) {
        browser.selectOneMenu("newForm:groupId", groupLabel(browser, "newForm:groupId", programme));
        return this;
    }

    /** The label of the group picker's option that starts with the programme's name (the pickers list «programme — group …»). */
    static String groupLabel(Browser browser, String clientId, String programme) {
        Object label = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var o = document.getElementById(arguments[0] + '_input').options;"
                        + "for (var i = 0; i < o.length; i++) { if (o[i].text.indexOf(arguments[1]) === 0) { return o[i].text; } } return null;",
                clientId, programme);
        if (label == null) {
            throw new AssertionError("no group of «" + programme + "» offered: " + browser.text("body"));
        }
        return (String) label;
    }

    /** Registers; the messages of the page it lands on. */
    String register() {
        browser.click("#newForm\\:registerEnrolment");
        return browser.text("body");
    }

    String messages() {
        return browser.text("#newForm\\:messages");
    }
}
