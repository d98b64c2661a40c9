package ru.socorder.web.agreement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.socorder.model.agreement.Agreement;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.model.agreement.PaymentMode;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.agreement.AgreementView;
import ru.socorder.service.agreement.Agreements;
import ru.socorder.service.agreement.GenerateForm;
import ru.socorder.service.agreement.Generated;
import ru.socorder.service.agreement.VolumeAlert;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/**
 * «Соглашения»: the agreements of the caller's side (an executor sees its own only) by year and state, the banner of
 * order volumes the signed agreements exceed, and the clerk's «Сформировать проекты» dialog (service, year, kind,
 * payment, advance share, a volume or the contracts' hours).
 */
@Named("agreements")
@ViewScoped
public class AgreementsBean extends ListBean<AgreementView> {
    private static final long serialVersionUID = 1L;

    @EJB
    private Agreements service;

    @EJB
    private ServiceCatalog services;

    @Inject
    private CurrentUser currentUser;

    private Integer year;
    private AgreementStatus status;
    private List<VolumeAlert> alerts;
    // the generation dialog
    private OptionItem genService;
    private Integer genYear;
    private AgreementKind genKind = AgreementKind.CERTIFICATE_FINANCING;
    private BigDecimal genShare;
    private BigDecimal genVolume;
    private Generated generated;

    @Override
    protected PagedModel<AgreementView> createModel() {
        Agreements s = service;
        AgreementsBean self = this;
        return new PagedModel<>(r -> s.list(r, null, null, null, self.year, self.status), AgreementView::id);
    }

    public List<VolumeAlert> getAlerts() {
        if (alerts == null) {
            alerts = service.alerts();
        }
        return alerts;
    }

    public boolean isCanGenerate() {
        var c = currentUser.get();
        return c.authorityId() != null && c.can(Rights.Action.CREATE, Rights.of(Agreement.class, c.authorityId(), null));
    }

    public void prepareGenerate() {
        genService = null;
        genYear = LocalDate.now().getYear() + 1;
        genKind = AgreementKind.CERTIFICATE_FINANCING;
        genShare = null;
        genVolume = null;
        generated = null;
    }

    public void generate() {
        try {
            GenerateForm f = new GenerateForm();
            f.serviceId = genService == null ? null : genService.id();
            f.year = genYear;
            f.kind = genKind;
            f.paymentMode = genKind.usualMode();
            f.advanceShare = genKind.usualMode() == PaymentMode.ADVANCE ? genShare : null;
            f.volume = genVolume;
            generated = service.generate(f);
            FacesErrors.info("Сформировано проектов: " + generated.created().size()
                    + (generated.skipped().isEmpty() ? "" : "; пропущено исполнителей, у которых соглашение уже есть: " + generated.skipped().size()));
            PrimeFaces.current().executeScript("PF('generateDialog').hide()");
            PrimeFaces.current().ajax().update("listForm");
        } catch (BusinessException e) {
            FacesErrors.show(e, "generateForm");
        }
    }

    public List<OptionItem> completeService(String query) {
        Long territory = currentUser.get().authorityTerritoryId();
        return territory == null ? List.of() : services.options(territory, query, List.of());
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : RussianText.amount(amount);
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public AgreementKind[] getKinds() {
        return new AgreementKind[] {AgreementKind.CERTIFICATE_FINANCING, AgreementKind.CERTIFICATE_REIMBURSEMENT};
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public OptionItem getGenService() {
        return genService;
    }

    public void setGenService(OptionItem genService) {
        this.genService = genService;
    }

    public Integer getGenYear() {
        return genYear;
    }

    public void setGenYear(Integer genYear) {
        this.genYear = genYear;
    }

    public AgreementKind getGenKind() {
        return genKind;
    }

    public void setGenKind(AgreementKind genKind) {
        this.genKind = genKind;
    }

    public BigDecimal getGenShare() {
        return genShare;
    }

    public void setGenShare(BigDecimal genShare) {
        this.genShare = genShare;
    }

    public BigDecimal getGenVolume() {
        return genVolume;
    }

    public void setGenVolume(BigDecimal genVolume) {
        this.genVolume = genVolume;
    }
}
