package ru.socorder.service.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import ru.socorder.model.audit.AuditRecord;
import ru.socorder.model.audit.RecordTransition;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.service.lifecycle.TransitionLog;

/**
 * The history of one record as its card and {@code GET /api/v1/{resource}/{id}/history} show it: the lifecycle steps
 * (with the states) and the other audited actions (changes, files, exports), oldest first. An audit event that mirrors
 * a lifecycle step is shown once, from the transition log. No rights check of its own: the boundary owning the record
 * checks that the caller may read it first.
 */
@Stateless
public class RecordHistory {
    @Inject
    private TransitionLog transitions;

    @Inject
    private AuditLog audit;

    /** A record without a lifecycle (a catalogue entry, a user). */
    public List<HistoryEntry> of(RecordKind kind, long id) {
        return merge(List.of(), audit.of(kind, id));
    }

    /** A record with a lifecycle: its steps described by the lifecycle's table. */
    public List<HistoryEntry> of(RecordKind kind, long id, Function<List<RecordTransition>, List<HistoryEntry>> describe) {
        return merge(describe.apply(transitions.history(kind.code(), id)), audit.of(kind, id));
    }

    static List<HistoryEntry> merge(List<HistoryEntry> steps, List<AuditRecord> records) {
        List<HistoryEntry> all = new ArrayList<>(steps);
        for (AuditRecord r : records) {
            AuditEvent event = AuditEvent.ofCode(r.getAction());
            if (event != null && event.lifecycleStep() && !steps.isEmpty()) {
                continue;
            }
            all.add(new HistoryEntry(r.getOccurredAt(), r.getActor(), r.getActorRoles(), r.getOrganisation(), r.getAction(),
                    event == null ? r.getAction() : event.label(), null, null, r.getDetails()));
        }
        all.sort(Comparator.comparing(HistoryEntry::at)); // stable: a step stays before an action of the same instant
        return all;
    }
}
