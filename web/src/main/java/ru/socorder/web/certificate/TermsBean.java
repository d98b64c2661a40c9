package ru.socorder.web.certificate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.OnePer;
import ru.socorder.service.certificate.CertificateTermsService;
import ru.socorder.service.certificate.TermsForm;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Параметры сертификата: the terms per territory and year; the territory's clerks add and change them below the list. */
@Named("certificateTerms")
@ViewScoped
public class TermsBean extends ListBean<CertificateTerms> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateTermsService terms;

    @Inject
    private CurrentUser currentUser;

    private TermsForm form = new TermsForm();
    private Long editing;

    @Override
    protected PagedModel<CertificateTerms> createModel() {
        CertificateTermsService service = terms;
        return new PagedModel<>(r -> service.list(r, null, null), CertificateTerms::getId);
    }

    public boolean isEditable() {
        Long territory = currentUser.get().authorityTerritoryId();
        return currentUser.get().isAdmin()
                || territory != null && currentUser.get().can(Rights.Action.CREATE, Rights.of(CertificateTerms.class, territory));
    }

    public void edit(CertificateTerms t) {
        editing = t.getId();
        form = new TermsForm();
        form.setVersion(t.getVersion());
        form.setTerritoryId(t.getTerritory().getId());
        form.setYear(t.getYear());
        form.setValidFrom(t.getValidFrom());
        form.setValidTo(t.getValidTo());
        form.setNominalHours(t.getNominalHours());
        form.setNominalAmount(t.getNominalAmount());
        form.setAgeFrom(t.getAgeFrom());
        form.setAgeTo(t.getAgeTo());
        form.setOnePer(t.getOnePer().name());
        form.setAnswerDays(t.getAnswerDays());
    }

    public void startNew() {
        editing = null;
        form = new TermsForm();
    }

    public void save() {
        try {
            if (editing == null) {
                terms.create(form);
            } else {
                terms.update(editing, form);
            }
            FacesErrors.info("Параметры сертификата сохранены");
            startNew();
        } catch (BusinessException e) {
            FacesErrors.show(e, "termsForm");
        }
    }

    public OnePer[] getOnePers() {
        return OnePer.values();
    }

    public TermsForm getForm() {
        return form;
    }

    public Long getEditing() {
        return editing;
    }
}
