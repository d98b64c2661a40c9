package ru.socorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations run cleanly on the H2 version Payara Micro bundles and seed the reference data. */
class MigrationsTest {

    @Test
    void migrationsBuildTheSchemaAndSeedDirectionsAndUnits() throws SQLException {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 2);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            assertEquals(8, count(s, "select count(*) from activity_direction"));
            assertEquals(1, count(s, "select count(*) from measurement_unit where code = '539' and name = 'Человеко-час'"));
            assertEquals(1000, count(s, "select next value for territory_seq"));
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
