package ru.socorder.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: the real WAR on Payara Micro, deployed once per test run
 * ({@link DeployOncePerSuite}). Tests share the database, so each test makes its own data or only reads demo data.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class IntegrationTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.realWar();
    }

    protected static URL base() {
        return DeployOncePerSuite.baseUrl();
    }
}
