package ru.socorder.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real standalone WAR built by this module (not a hand-picked list of classes). */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive realWar() {
        File war = new File(System.getProperty("socorder.war", "target/socorder.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify builds it before the integration tests): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
