package ru.socorder.it;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Deploys the real WAR once for the whole integration-test run instead of once per test class: every IT class
 * declares the same deployment ({@link Deployments#realWar()}), the first one starts Payara Micro with it, the
 * later ones reuse it. The server is stopped when the test JVM ends (the Payara Micro adapter's shutdown hook).
 * Test classes read the address from {@link #baseUrl()}.
 */
public class DeployOncePerSuite implements LoadableExtension {
    private static final Logger LOG = Logger.getLogger(DeployOncePerSuite.class.getName());
    private static volatile URL baseUrl;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    /** The address of the application deployed for this run. */
    public static URL baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("The application has not been deployed");
        }
        return baseUrl;
    }

    public static class Observer {
        @Inject
        private Instance<ProtocolMetaData> protocolMetaData;

        public void deployOnlyOnce(@Observes EventContext<DeployManagedDeployments> context) {
            if (baseUrl == null) {
                context.proceed();
            } else {
                LOG.fine("reusing the deployment of this test run");
            }
        }

        public void keepDeployedUntilTheEnd(@Observes EventContext<UnDeployManagedDeployments> context) {
            // skipped on purpose: the next test class reuses the server; it stops with the test JVM
        }

        public void rememberAddress(@Observes AfterDeploy event) throws MalformedURLException {
            ProtocolMetaData meta = protocolMetaData.get();
            if (meta == null || meta.getContexts(HTTPContext.class).isEmpty()) {
                return;
            }
            HTTPContext http = meta.getContexts(HTTPContext.class).iterator().next();
            String root = http.getServlets().isEmpty() ? "" : http.getServlets().get(0).getContextRoot();
            root = root == null || root.equals("/") ? "" : root;
            baseUrl = new URL("http", http.getHost(), http.getPort(), root + "/");
            LOG.info("Application deployed once for all integration tests at " + baseUrl);
        }
    }
}
