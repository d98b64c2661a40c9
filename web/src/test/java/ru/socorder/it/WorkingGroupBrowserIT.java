package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clerk records a working-group meeting on the screen (1366 px), is refused a date in the future, sees that only
 * those present can vote, corrects the meeting, signs its protocol (after which it cannot be changed), deletes a
 * meeting recorded by mistake, finds every step in the history and chooses the protocols the print includes.
 */
class WorkingGroupBrowserIT extends IntegrationTest {
    private final Api api = new Api(base());
    private Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(base());
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aMeetingIsCorrectedUntilItsProtocolIsSignedAndTheClerkChoosesTheProtocolsToPrint() {
        long decision = Fixtures.lugaDecision(api, "Заседания на экране");
        Fixtures.groupMembers(api, decision, "HEAD", "MEMBER", "MEMBER");
        browser.login("clerk", "demo");
        WorkingGroupTab group = new WorkingGroupTab(browser).open(decision);

        group.newMeeting().question("О плане работы рабочей группы").present(0, true).present(1, true).vote(0, 0).vote(1, 0);
        assertFalse(group.voteEnabled(2), "an absent member has no vote to give");
        assertTrue(group.voteEnabled(0));
        group.present(1, false);
        assertFalse(group.voteEnabled(1), "marking a member absent takes the vote away");
        group.present(1, true).vote(1, 1);
        group.date("31.12.2030");
        assertFalse(group.save(), "a meeting in the future is refused");
        assertTrue(group.dialogMessages().contains("31.12.2030 ещё не наступила"), group.dialogMessages());
        browser.screenshot("meeting-future-refused");
        group.date(java.time.LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertTrue(group.save(), group.dialogMessages());
        assertEquals(1, group.meetingCount());
        assertTrue(group.meetings().contains("2 / 3"), group.meetings());

        group.edit(0).question("О плане работы рабочей группы на 2027 год").present(2, true).vote(2, 0);
        assertTrue(group.save(), group.dialogMessages());
        assertTrue(group.messages().contains("Заседание исправлено"), group.messages());
        assertTrue(group.meetings().contains("на 2027 год") && group.meetings().contains("3 / 3"), group.meetings());
        assertTrue(group.meetings().contains("проект, не подписан"), group.meetings());

        group.sign(0);
        assertTrue(group.meetings().contains("подписан " + java.time.LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                group.meetings());
        assertFalse(group.canChange(0), "a signed protocol is final");

        group.newMeeting().question("Ошибочно записанное заседание").present(0, true)
                .date(java.time.LocalDate.now(ru.socorder.service.system.ClockProducer.ZONE).minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertTrue(group.save(), group.dialogMessages());
        assertEquals(2, group.meetingCount());
        assertTrue(group.canChange(0) && !group.canChange(1), "the meetings by date: yesterday's draft, today's signed one");
        browser.screenshot("meetings-signed-and-draft");
        group.delete(0);
        assertEquals(1, group.meetingCount());

        List<String> protocols = group.openPrint();
        browser.screenshot("decision-print-dialog");
        assertEquals(1, protocols.size(), protocols.toString());
        assertTrue(protocols.get(0).startsWith("[x] ") && protocols.get(0).contains("(подписан)"), "signed protocols are offered chosen: " + protocols);
        long meeting = api.clerkGet("api/v1/decisions/" + decision + "/working-group/meetings").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(group.pdfHref().endsWith("/appendices.pdf?protocols=" + meeting), group.pdfHref());
        group.toggleProtocol(0);
        assertTrue(group.pdfHref().endsWith("/appendices.pdf"), "none chosen, none printed: " + group.pdfHref());
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#printDialog .ui-dialog-titlebar-close")).click();

        String history = group.history();
        assertTrue(history.contains("заседание рабочей группы исправлено") && history.contains("протокол заседания подписан")
                && history.contains("заседание рабочей группы удалено"), history);
    }
}
