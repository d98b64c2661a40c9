package ru.socorder.web.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.socorder.service.certificate.CertificateApplications;
import ru.socorder.service.certificate.Consumers;

/** The home page's certificate counters of the caller's own work: children held as probable duplicates, applications queued. */
@Named("certificateHome")
@ViewScoped
public class CertificateHomeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Consumers consumers;

    @EJB
    private CertificateApplications applications;

    private long held;
    private long queued;

    @PostConstruct
    void load() {
        held = consumers.heldCount();
        queued = applications.queuedCount();
    }

    public long getHeld() {
        return held;
    }

    public long getQueued() {
        return queued;
    }
}
