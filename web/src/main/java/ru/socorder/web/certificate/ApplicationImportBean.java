package ru.socorder.web.certificate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.service.certificate.ApplicationImports;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.web.shell.ImportBean;

/** «Загрузка заявлений из Навигатора»: the import screen of certificate applications. */
@Named("applicationImport")
@ViewScoped
public class ApplicationImportBean extends ImportBean {
    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected String kind() {
        return ApplicationImports.KIND;
    }

    /** Only the clerks of an authority file applications (the ЕПГУ and Navigator adapters call the API as one). */
    @Override
    public boolean isAllowed() {
        Caller c = currentUser.get();
        return c.authorityId() != null && c.can(Rights.Action.CREATE, Rights.of(CertificateApplication.class, c.authorityId()));
    }
}
