package ru.socorder.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: the real WAR on Payara Micro, deployed once per test run
 * ({@link DeployOncePerSuite}). Tests share the database, so each test makes its own data or only reads demo data.
 * <p>
 * One order per authority, direction and year is the rule, so the tests that create orders of the Luga authority
 * (direction 04) keep to their own years: 2020 SocialOrderDocumentsIT, 2021 BadInputCorpusIT (refused creations
 * only), 2022–2023 OrderEditingSafetyBrowserIT, 2024 the demo order (read only), 2027 SocialOrderIT (workflow,
 * amendment and the allowed volume), 2028 ConcurrentOrderSavesIT, 2029
 * BadInputCorpusIT, 2030–2031 SocialOrderIT (quality, copy). No year up to 2031 is free: a new test that needs an
 * order makes an authority, a clerk and an approver of its own ({@link Fixtures#lugaClerk}), as OrderBrowserIT does
 * and the approval-alert test does for the current year, which moves on.
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
