package ru.socorder.model.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V13 moves the decisions' originals attached before into attachments, bytes and name and type unchanged. */
class AttachmentMigrationTest {
    @Test
    void decisionFilesAttachedBeforeBecomeAttachments() throws Exception {
        String url = "jdbc:h2:mem:attachments-v13;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("12").load().migrate();
        byte[] pdf = "%PDF-1.4 original of the act".getBytes(StandardCharsets.ISO_8859_1);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("insert into territory (id, level, name) values (7, 'REGION', 'Область')");
            c.createStatement().execute("insert into decision (id, territory_id, issuer, act_type, title, status, file_name, file_type) "
                    + "values (1001, 7, 'Администрация', 'Постановление', 'Об организации', 'DRAFT', 'Постановление 417.pdf', 'application/pdf')");
            c.createStatement().execute("insert into decision (id, territory_id, issuer, act_type, title, status) "
                    + "values (1002, 7, 'Администрация', 'Постановление', 'Без файла', 'DRAFT')");
            try (PreparedStatement p = c.prepareStatement("insert into decision_file (decision_id, content) values (1001, ?)")) {
                p.setBytes(1, pdf);
                p.executeUpdate();
            }
        }
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet r = c.createStatement().executeQuery("select a.id, a.owner_type, a.owner_id, a.purpose, a.file_name, a.content_type, "
                     + "a.size_bytes, a.sha256, a.uploaded_by, c.content from attachment a join attachment_content c on c.attachment_id = a.id")) {
            r.next();
            assertEquals(-1001L, r.getLong(1), "a negated id: never met by the sequence");
            assertEquals("Decision", r.getString(2));
            assertEquals(1001L, r.getLong(3));
            assertEquals("ORIGINAL", r.getString(4));
            assertEquals("Постановление 417.pdf", r.getString(5));
            assertEquals("application/pdf", r.getString(6));
            assertEquals(pdf.length, r.getLong(7));
            assertNull(r.getString(8), "hashed by the application at its next start");
            assertEquals("migration", r.getString(9));
            assertArrayEquals(pdf, r.getBytes(10));
            assertFalse(r.next(), "a decision without a file gets no attachment");
            assertFalse(c.getMetaData().getTables(null, null, "DECISION_FILE", null).next(), "decision_file is gone");
        }
    }
}
