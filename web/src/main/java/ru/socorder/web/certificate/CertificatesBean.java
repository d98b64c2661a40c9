package ru.socorder.web.certificate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.service.certificate.CertificateLifecycle;
import ru.socorder.service.certificate.CertificateRow;
import ru.socorder.service.certificate.Certificates;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/**
 * Реестр получателей социальных сертификатов: search by a part of the number or a name (one box), the recipient's
 * СНИЛС whole, the status, the service; lazy pages; the export streams every matching row (XLSX through SXSSF or CSV).
 */
@Named("certificates")
@ViewScoped
public class CertificatesBean extends ListBean<CertificateRow> {
    private static final long serialVersionUID = 1L;

    @EJB
    private Certificates certificates;

    private CertificateStatus status;
    private Long serviceId;
    private String snils;
    private List<ru.socorder.service.catalog.OptionItem> services;

    @Override
    protected PagedModel<CertificateRow> createModel() {
        Certificates service = certificates;
        return new PagedModel<>(r -> service.search(r, status, serviceId, null, snils == null || snils.isBlank() ? null : snils), CertificateRow::id);
    }

    @Override
    protected List<TableWriter.Column<CertificateRow>> exportColumns() {
        return List.of(new TableWriter.Column<CertificateRow>("Номер сертификата", CertificateRow::formattedNumber),
                new TableWriter.Column<CertificateRow>("Получатель", CertificateRow::consumerName),
                new TableWriter.Column<CertificateRow>("СНИЛС", CertificateRow::maskedSnils),
                new TableWriter.Column<CertificateRow>("Услуга", CertificateRow::serviceNumber),
                new TableWriter.Column<CertificateRow>("Год", CertificateRow::year),
                new TableWriter.Column<CertificateRow>("Действует с", r -> r.validFrom().toString()),
                new TableWriter.Column<CertificateRow>("Действует по", r -> r.validTo().toString()),
                new TableWriter.Column<CertificateRow>("Номинал, чел.-ч", CertificateRow::nominalHours),
                new TableWriter.Column<CertificateRow>("Номинал, руб.", CertificateRow::nominalAmount),
                new TableWriter.Column<CertificateRow>("Состояние", CertificateRow::statusLabel));
    }

    @Override
    protected String exportName() {
        return "recipients-registry";
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public String label(CertificateStatus s) {
        return CertificateLifecycle.label(s);
    }

    /** The services of the caller's certificates, for the filter. */
    public List<ru.socorder.service.catalog.OptionItem> getServices() {
        if (services == null) {
            services = certificates.services();
        }
        return services;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public void setStatus(CertificateStatus status) {
        this.status = status;
    }

    public String getSnils() {
        return snils;
    }

    public void setSnils(String snils) {
        this.snils = snils;
    }
}
