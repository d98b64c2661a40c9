package ru.socorder.service.system;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the application runs on: its version, the database kind and whether the database answers.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemInfo {
    private static final Logger LOG = Logger.getLogger(SystemInfo.class.getName());

    /**
     * The datasource the administrator defines as jdbc/socorder: a resource reference that the EJB module's
     * descriptors map — {@code glassfish-ejb-jar.xml} (Payara, GlassFish) to {@code jdbc/socorder},
     * {@code jboss-ejb3.xml} (WildFly) to {@code java:/jdbc/socorder}; in the standalone WAR {@code glassfish-web.xml}.
     * A lookup of the plain name would be relative to {@code java:comp/env} on WildFly.
     */
    @Resource(name = "jdbc/socorder")
    private DataSource dataSource;

    private volatile DatabaseKind kind;
    private final String version = readVersion();

    public record DatabaseStatus(DatabaseKind kind, boolean reachable, String product) {
    }

    public String version() {
        return version;
    }

    public DatabaseKind databaseKind() {
        if (kind == null) {
            kind = probe().kind();
        }
        return kind;
    }

    /**
     * Demo mode: the embedded H2 database, or a throwaway test database started with {@code -Dsocorder.demo=true}
     * (the PostgreSQL integration tests). Never set that property on a production server.
     */
    public boolean isDemoMode() {
        return databaseKind() == DatabaseKind.H2 || Boolean.getBoolean("socorder.demo");
    }

    /** Checks the database now (for the health endpoint). */
    public DatabaseStatus probe() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            DatabaseKind k = DatabaseKind.fromProductName(c.getMetaData().getDatabaseProductName());
            kind = k;
            return new DatabaseStatus(k, c.isValid(5), product);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database is not reachable: {0}", e.getMessage());
            return new DatabaseStatus(kind == null ? DatabaseKind.OTHER : kind, false, null);
        }
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = SystemInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "no version.properties", e);
        }
        return p.getProperty("version", "unknown");
    }
}
