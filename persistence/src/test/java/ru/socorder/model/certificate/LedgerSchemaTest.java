package ru.socorder.model.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database keeps the ledger's invariants by itself (V22), whatever a writer does: rows the aggregate builds are
 * accepted, and a balance over the nominal or below zero, a step that does not follow from the previous balance, a
 * second row with the same number (two writers spending the same balance), a nominal other than the certificate's,
 * a second active certificate for the same child and service, an overbooked group are refused.
 */
class LedgerSchemaTest {
    private static final String URL = "jdbc:h2:mem:ledger;DB_CLOSE_DELAY=-1";
    private static final Instant T = Instant.parse("2024-09-02T08:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(100);
    private static final String CHECK_VIOLATION = "23513";
    private static final String FOREIGN_KEY_VIOLATION = "23506";
    private static final String UNIQUE_VIOLATION = "23505";

    @BeforeAll
    static void schema() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("insert into territory (id, level, name, oktmo) values (1, 'MUNICIPALITY', 'Лужский район', '41633000')");
            s.execute("insert into authorised_body (id, full_name, short_name, territory_id) values (2, 'Администрация', 'Администрация', 1)");
            s.execute("insert into social_service (id, registry_number, territory_id, name) values (3, '804200О99ОББ52АЕ52000', 1, 'Услуга')");
            s.execute("insert into executor (id, type, full_name, inn, identity_key) values (4, 'NGO', 'АНО «Старт»', '4710000006', '4710000006/')");
            s.execute("insert into programme (id, authority_id, executor_id, service_id, name, orientation, form, age_from, age_to, "
                    + "duration_months, hours, capacity, status) values (5, 2, 4, 3, 'Робототехника', 'TECHNICAL', 'FULL_TIME', 7, 12, 4, 36, 15, 'DRAFT')");
            s.execute("insert into consumer (id, territory_id, last_name, first_name, birth_date, duplicate_key, status, created_at) "
                    + "values (6, 1, 'Иванов', 'Иван', date '2015-01-01', 'иванов|иван||2015-01-01', 'REGISTERED', current_timestamp)");
        }
    }

    @Test
    void theRowsTheAggregateBuildsAreAcceptedAndTheLatestIsTheBalance() throws SQLException {
        Ledger l = new Ledger();
        CertificateMovement m = CertificateMovement.issue(l.certificate, T, "clerk");
        l.insert(m);
        m = l.insert(m.next(MovementKind.ALLOCATE, new BigDecimal("36"), new BigDecimal("6103.80"), l.contract, T, "executor", null));
        m = l.insert(m.next(MovementKind.CONSUME, new BigDecimal("8"), new BigDecimal("1356.40"), l.contract, T, "executor", "сентябрь"));
        m = l.insert(m.next(MovementKind.RELEASE, new BigDecimal("28"), new BigDecimal("4747.40"), l.contract, T, "clerk", "расторжение"));
        l.insert(m.next(MovementKind.EXPIRE, new BigDecimal("64"), new BigDecimal("10851.20"), null, T, "system", "конец года"));
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery("select seq, nominal_hours - allocated_hours - "
                + "consumed_hours - expired_hours, consumed_amount from certificate_movement where certificate_id = " + l.certificateId
                + " order by seq desc")) {
            r.next();
            assertEquals(5, r.getInt(1));
            assertEquals(0, r.getBigDecimal(2).signum());
            assertEquals(new BigDecimal("1356.40"), r.getBigDecimal(3));
        }
    }

    @Test
    void aReversalOfConsumptionIsAcceptedAndChecked() throws SQLException {
        Ledger l = new Ledger();
        CertificateMovement m = l.insert(CertificateMovement.issue(l.certificate, T, "clerk"));
        m = l.insert(m.next(MovementKind.ALLOCATE, new BigDecimal("36"), new BigDecimal("6103.80"), l.contract, T, "executor", null));
        m = l.insert(m.next(MovementKind.CONSUME, new BigDecimal("8"), new BigDecimal("1356.40"), l.contract, T, "executor", "сентябрь"));
        CertificateMovement consumed = m;
        m = l.insert(m.next(MovementKind.UNCONSUME, new BigDecimal("2"), new BigDecimal("339.10"), l.contract, T, "clerk", "исправление"));
        assertEquals(new BigDecimal("30.00"), m.balance().hours().allocated().setScale(2));
        Map<String, Object> wrong = Ledger.row(consumed.next(MovementKind.UNCONSUME, new BigDecimal("2"), new BigDecimal("339.10"),
                l.contract, T, "clerk", null));
        wrong.put("seq", 6);
        wrong.put("prev_seq", 5);
        wrong.put("kind", "UNCONSUME");
        wrong.put("consumed_hours", new BigDecimal("7"));
        assertEquals(CHECK_VIOLATION, l.refused(wrong), "a reversal's arithmetic is checked");
    }

    @Test
    void aBalanceOverTheNominalIsRefused() throws SQLException {
        Ledger l = new Ledger();
        CertificateMovement first = l.insert(CertificateMovement.issue(l.certificate, T, "clerk"));
        Map<String, Object> row = Ledger.row(first.next(MovementKind.ALLOCATE, new BigDecimal("72"), new BigDecimal("12207.60"), l.contract,
                T, "executor", null));
        row.put("hours", new BigDecimal("73"));
        row.put("allocated_hours", new BigDecimal("73"));
        assertEquals(CHECK_VIOLATION, l.refused(row));
    }

    @Test
    void aStepThatDoesNotFollowFromThePreviousBalanceIsRefused() throws SQLException {
        Ledger l = new Ledger();
        CertificateMovement first = l.insert(CertificateMovement.issue(l.certificate, T, "clerk"));
        CertificateMovement second = l.insert(first.next(MovementKind.ALLOCATE, new BigDecimal("36"), new BigDecimal("6103.80"), l.contract,
                T, "executor", null));
        // a writer that forgot the allocation: starts again from the issued balance
        Map<String, Object> stale = Ledger.row(first.next(MovementKind.ALLOCATE, new BigDecimal("72"), new BigDecimal("12207.60"),
                l.contract, T, "executor", null));
        stale.put("seq", 3);
        stale.put("prev_seq", 2);
        assertEquals(FOREIGN_KEY_VIOLATION, l.refused(stale));
        // the right start, but arithmetic that does not match the kind
        Map<String, Object> wrong = Ledger.row(second.next(MovementKind.CONSUME, new BigDecimal("8"), new BigDecimal("1356.40"), l.contract,
                T, "executor", null));
        wrong.put("consumed_hours", new BigDecimal("9"));
        assertEquals(CHECK_VIOLATION, l.refused(wrong));
        wrong.put("consumed_hours", new BigDecimal("8"));
        wrong.put("kind", "EXPIRE");
        assertEquals(CHECK_VIOLATION, l.refused(wrong), "an expiry does not consume");
    }

    @Test
    void twoWritersAppendingToTheSameBalanceConflict() throws SQLException {
        Ledger l = new Ledger();
        CertificateMovement first = l.insert(CertificateMovement.issue(l.certificate, T, "clerk"));
        l.insert(first.next(MovementKind.ALLOCATE, new BigDecimal("40"), new BigDecimal("6783.20"), l.contract, T, "executor A", null));
        Map<String, Object> second = Ledger.row(first.next(MovementKind.ALLOCATE, new BigDecimal("40"), new BigDecimal("6783.20"), l.contract,
                T, "executor B", null));
        assertEquals(UNIQUE_VIOLATION, l.refused(second), "both read seq 1 and appended seq 2: the second fails, nothing is spent twice");
    }

    @Test
    void theFirstRowIsTheIssueOfTheCertificatesOwnNominal() throws SQLException {
        Ledger l = new Ledger();
        Map<String, Object> row = Ledger.row(CertificateMovement.issue(l.certificate, T, "clerk"));
        row.put("nominal_hours", new BigDecimal("100"));
        row.put("hours", new BigDecimal("100"));
        assertEquals(FOREIGN_KEY_VIOLATION, l.refused(row), "not the certificate's nominal");
        Map<String, Object> allocateFirst = Ledger.row(CertificateMovement.issue(l.certificate, T, "clerk"));
        allocateFirst.put("kind", "ALLOCATE");
        allocateFirst.put("contract_id", l.contractId);
        assertEquals(CHECK_VIOLATION, l.refused(allocateFirst));
    }

    @Test
    void aChildHoldsOneActiveCertificatePerKeyAndAnEndedOneFreesIt() throws SQLException {
        new Ledger("c6/s3/2025");
        SQLException twice = assertThrows(SQLException.class, () -> new Ledger("c6/s3/2025"));
        assertEquals(UNIQUE_VIOLATION, twice.getSQLState());
        try (Connection c = connect(); Statement s = c.createStatement()) {
            SQLException endedWithKey = assertThrows(SQLException.class, () -> s.execute("update certificate set status = 'EXPIRED' "
                    + "where active_key = 'c6/s3/2025'"));
            assertEquals(CHECK_VIOLATION, endedWithKey.getSQLState());
            s.execute("update certificate set status = 'EXPIRED', active_key = null where active_key = 'c6/s3/2025'");
        }
        new Ledger("c6/s3/2025");
    }

    @Test
    void aGroupIsNeverOverbooked() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("insert into programme_group (id, programme_id, name, starts_on, ends_on, capacity, taken) "
                    + "values (7, 5, 'Группа', date '2024-09-01', date '2024-12-20', 2, 2)");
            SQLException e = assertThrows(SQLException.class, () -> s.execute("update programme_group set taken = taken + 1 where id = 7"));
            assertEquals(CHECK_VIOLATION, e.getSQLState());
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }

    /** A certificate (72 h, 12 207,60 руб.) with a contract, in the database and as objects. */
    private static final class Ledger {
        final long certificateId = IDS.incrementAndGet();
        final long contractId = IDS.incrementAndGet();
        final Certificate certificate = LedgerFixtures.certificate();
        final ConsumerContract contract = LedgerFixtures.contract(certificate);

        Ledger() throws SQLException {
            this("c6/s3/" + IDS.incrementAndGet());
        }

        Ledger(String activeKey) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("insert into certificate (id, number, authority_id, consumer_id, service_id, period_year, issued_on, valid_from, "
                        + "valid_to, nominal_hours, nominal_amount, status, active_key) values (" + certificateId + ", '" + certificateId
                        + "', 2, 6, 3, 2024, date '2024-09-01', date '2024-09-01', date '2024-12-31', 72, 12207.60, 'ISSUED', '" + activeKey + "')");
                s.execute("insert into consumer_contract (id, number, executor_id, authority_id, certificate_id, programme_id, concluded_on, "
                        + "starts_on, ends_on, hours, price_per_hour, price, status) values (" + contractId + ", 'Д-" + contractId + "', 4, 2, "
                        + certificateId + ", 5, date '2024-09-01', date '2024-09-01', date '2024-12-20', 36, 169.55, 6103.80, 'CONCLUDED')");
            }
        }

        CertificateMovement insert(CertificateMovement m) throws SQLException {
            write(row(m));
            return m;
        }

        /** The SQLState the database refuses the row with. */
        String refused(Map<String, Object> row) {
            return assertThrows(SQLException.class, () -> write(row)).getSQLState();
        }

        private void write(Map<String, Object> row) throws SQLException {
            row.put("id", IDS.incrementAndGet());
            row.put("certificate_id", certificateId);
            if (row.get("contract_id") != null) {
                row.put("contract_id", contractId);
            }
            String columns = String.join(", ", row.keySet());
            String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
            try (Connection c = connect();
                 PreparedStatement p = c.prepareStatement("insert into certificate_movement (" + columns + ") values (" + marks + ")")) {
                int i = 1;
                for (Object v : row.values()) {
                    p.setObject(i++, v);
                }
                assertTrue(p.executeUpdate() == 1);
            }
        }

        static Map<String, Object> row(CertificateMovement m) {
            Map<String, Object> r = new LinkedHashMap<>();
            Balance b = m.balance();
            Balance prev = m.getPrevious();
            r.put("seq", m.getSeq());
            r.put("kind", m.getKind().name());
            r.put("hours", m.getHours());
            r.put("amount", m.getAmount());
            r.put("contract_id", m.getContract() == null ? null : -1L);
            r.put("occurred_at", Timestamp.from(m.getAt()));
            r.put("actor", m.getActor());
            r.put("comment_text", m.getComment());
            r.put("nominal_hours", b.hours().nominal());
            r.put("nominal_amount", b.amount().nominal());
            r.put("allocated_hours", b.hours().allocated());
            r.put("consumed_hours", b.hours().consumed());
            r.put("expired_hours", b.hours().expired());
            r.put("allocated_amount", b.amount().allocated());
            r.put("consumed_amount", b.amount().consumed());
            r.put("expired_amount", b.amount().expired());
            r.put("prev_seq", m.getPrevSeq());
            r.put("prev_allocated_hours", prev == null ? null : prev.hours().allocated());
            r.put("prev_consumed_hours", prev == null ? null : prev.hours().consumed());
            r.put("prev_expired_hours", prev == null ? null : prev.hours().expired());
            r.put("prev_allocated_amount", prev == null ? null : prev.amount().allocated());
            r.put("prev_consumed_amount", prev == null ? null : prev.amount().consumed());
            r.put("prev_expired_amount", prev == null ? null : prev.amount().expired());
            return r;
        }
    }
}
