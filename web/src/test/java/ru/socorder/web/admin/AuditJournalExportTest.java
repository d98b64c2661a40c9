package ru.socorder.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.socorder.model.audit.AuditRecord;

/** The journal's export names the actor's roles as the users screen does, not by their codes. */
class AuditJournalExportTest {

    @Test
    void rolesAreNamedInRussian() {
        AuditRecord r = new AuditRecord(Instant.EPOCH, "clerk", "APPROVER,AUTHORITY_CLERK", "Отдел", "SERVICE_UPDATED", "SERVICE", 1L, "");
        assertEquals("Утверждающий уполномоченного органа, Специалист уполномоченного органа", AuditJournalBean.roles(r));
        AuditRecord system = new AuditRecord(Instant.EPOCH, "system", "", null, "SERVICE_UPDATED", "SERVICE", 1L, "");
        assertEquals("", AuditJournalBean.roles(system));
    }
}
