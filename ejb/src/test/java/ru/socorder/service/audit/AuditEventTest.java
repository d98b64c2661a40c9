package ru.socorder.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.audit.AuditRecord;
import ru.socorder.model.decision.ActivityStatus;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.order.OrderLifecycle;

class AuditEventTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void everyOrderStepPlanStatusAndImportHasItsEvent() {
        for (OrderLifecycle.Action a : OrderLifecycle.Action.values()) {
            AuditEvent e = AuditEvent.orderStep(a);
            assertEquals(RecordKind.ORDER, e.kind());
            assertTrue(e.lifecycleStep(), e + " is in the order's transition log too");
        }
        for (ActivityStatus s : ActivityStatus.values()) {
            assertEquals(RecordKind.DECISION, AuditEvent.planActivity(s).kind());
        }
        for (String kind : List.of("EXECUTOR_IMPORT", "SERVICE_IMPORT")) {
            assertEquals(RecordKind.JOB, AuditEvent.jobStarted(kind, false).kind());
            assertEquals(RecordKind.JOB, AuditEvent.jobStarted(kind, true).kind());
        }
    }

    @Test
    void everyEventReadsInRussianAndOnlyFilesNameTheirKindAtTheCall() {
        for (AuditEvent e : AuditEvent.values()) {
            assertTrue(e.label().matches("[а-яё][а-яё :,-]+"), e + ": " + e.label());
            assertEquals(e == AuditEvent.ATTACHMENT_STORED, e.kind() == null, e.toString());
            assertEquals(e, AuditEvent.ofCode(e.name()));
        }
        assertNull(AuditEvent.ofCode("SOMETHING_OLD"));
    }

    @Test
    void kindsAreFoundByTheStoredCode() {
        for (RecordKind k : RecordKind.values()) {
            assertEquals(k, RecordKind.ofCode(k.code()));
        }
        assertEquals(RecordKind.ORDER, RecordKind.ofCode("SocialOrder"));
        assertNull(RecordKind.ofCode("GroupMember"));
    }

    @Test
    void historyShowsAStepOnceAndOtherActionsBetweenStepsByTime() {
        HistoryEntry created = new HistoryEntry(T, "clerk", "CLERK", "Комитет", "CREATE", "создание", null, "проект", null);
        HistoryEntry submitted = new HistoryEntry(T.plusSeconds(600), "clerk", "CLERK", "Комитет", "SUBMIT",
                "направить на утверждение", "проект", "на утверждении", null);
        List<AuditRecord> audit = List.of(
                record(T, "ORDER_CREATED", "Заказ 2027"),
                record(T.plusSeconds(300), "ORDER_LINES_SAVED", "9 строк"),
                record(T.plusSeconds(600), "ORDER_SUBMIT", null),
                record(T.plusSeconds(900), "ORDER_EXPORTED", "pdf"),
                record(T.plusSeconds(950), "ORDER_FROM_AN_OLD_VERSION", "?"));

        List<HistoryEntry> h = RecordHistory.merge(List.of(created, submitted), audit);

        assertEquals(List.of("CREATE", "ORDER_LINES_SAVED", "SUBMIT", "ORDER_EXPORTED", "ORDER_FROM_AN_OLD_VERSION"),
                h.stream().map(HistoryEntry::action).toList());
        HistoryEntry saved = h.get(1);
        assertEquals("изменение услуг и объёмов", saved.actionLabel());
        assertEquals("9 строк", saved.comment());
        assertEquals("CLERK", saved.role());
        assertEquals("Комитет", saved.organisation());
        assertNull(saved.from());
        assertNull(saved.to());
        assertEquals("ORDER_FROM_AN_OLD_VERSION", h.get(4).actionLabel(), "an unknown code is shown as stored");
    }

    @Test
    void aRecordWithoutLifecycleShowsEveryAuditedAction() {
        List<HistoryEntry> h = RecordHistory.merge(List.of(), List.of(record(T, "USER_CREATED", "login=x"),
                record(T.plusSeconds(5), "LOGIN_FAILED", "address=10.0.0.1")));
        assertEquals(List.of("создание", "неудачный вход"), h.stream().map(HistoryEntry::actionLabel).toList());
        assertFalse(h.isEmpty());
        assertNotNull(h.get(0).at());
    }

    private static AuditRecord record(Instant at, String action, String details) {
        return new AuditRecord(at, "clerk", "CLERK", "Комитет", action, "SocialOrder", 7L, details);
    }
}
