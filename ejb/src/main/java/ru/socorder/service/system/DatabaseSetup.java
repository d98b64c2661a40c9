package ru.socorder.service.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import ru.socorder.service.certificate.CertificateExpiry;
import ru.socorder.service.demo.DemoDataLoader;
import ru.socorder.service.security.InitialAdministrator;

/**
 * Runs at deployment, before anything else touches the database: applies the versioned migrations
 * ({@code db/migration} in the persistence jar), then loads demo data (embedded database only) or makes sure a
 * production installation has an administrator.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSetup {
    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    /** The datasource jdbc/socorder, mapped per server by the EJB module's descriptors (see {@link SystemInfo}). */
    @Resource(name = "jdbc/socorder")
    private DataSource dataSource;

    @EJB
    private SystemInfo systemInfo;

    @EJB
    private DemoDataLoader demoData;

    @EJB
    private InitialAdministrator initialAdministrator;

    @EJB
    private CertificateExpiry certificateExpiry;


    @PostConstruct
    void setUp() {
        long start = System.nanoTime();
        Flyway flyway = Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(false)
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().toString();
        LOG.info(() -> String.format("Database %s: %d migration(s) applied, schema version %s (%d ms)",
                systemInfo.databaseKind(), result.migrationsExecuted, version, (System.nanoTime() - start) / 1_000_000));
        if (systemInfo.isDemoMode()) {
            demoData.loadIfEmpty();
            LOG.info(DemoDataLoader.DEMO_BANNER);
        } else {
            initialAdministrator.ensureExists();
        }
        certificateExpiry.catchUp(); // a server that was down expires what ended meanwhile
    }
}
