package ru.socorder.service.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** At startup (after the migrations), files moved into attachments without a hash (V13) get their SHA-256. */
@Startup
@Singleton
@DependsOn("DatabaseSetup")
public class AttachmentHashes {
    private static final Logger LOG = Logger.getLogger(AttachmentHashes.class.getName());

    @EJB
    private Attachments attachments;

    @PostConstruct
    void hash() {
        int n = attachments.hashMissing();
        if (n > 0) {
            LOG.info("SHA-256 computed for " + n + " attachment(s) stored before hashes were kept");
        }
    }
}
