package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.exchange.RowSink;
import ru.socorder.service.exchange.TableReader;
import ru.socorder.service.job.ImportTarget;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;

/**
 * Загрузка заявлений из файла Навигатора: the import of certificate applications through the job mechanism. The
 * preview reads the file a row at a time ({@link ApplicationImport}: a hundred thousand rows are never all in memory)
 * and stores each row with its verdict; the job then receives each accepted row as an application of the channel
 * IMPORT for the clerk who loaded it ({@link ApplicationIntake#receiveImported}) — the same checks, queue and
 * volume cap as any other application, each in its own transaction. Its key is the Navigator's application number or
 * the row's digest, scoped to the authority: loading the same file again creates nothing twice, it answers with the
 * applications made the first time.
 * <p>
 * A row whose application was refused (age, another active certificate, no volume in the order) is reported as
 * refused with the reason, so it is in the result file of refused rows; a queued one is written.
 */
@Stateless
public class ApplicationImports implements ImportTarget {
    public static final String KIND = "CERTIFICATE_APPLICATION_IMPORT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private ApplicationIntake intake;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void preview(String fileName, byte[] content, RowSink sink) {
        Caller c = currentUser.get();
        c.require(Rights.Action.CREATE, Rights.of(CertificateApplication.class, c.authorityId() == null ? -1L : c.authorityId()));
        Map<String, Long> services = services(c.authorityTerritoryId());
        ApplicationImport[] reader = new ApplicationImport[1];
        TableReader.stream(fileName, content, new TableReader.Rows() {
            @Override
            public void header(List<String> headers) {
                reader[0] = new ApplicationImport(headers, services::get);
            }

            @Override
            public void row(int line, List<String> cells) {
                ApplicationImport.Checked checked = reader[0].check(line, cells);
                if (checked != null) {
                    sink.accept(checked.row(), checked.draft());
                }
            }
        });
    }

    /** The services of the clerk's territory by their canonical registry numbers. */
    private Map<String, Long> services(Long territory) {
        Map<String, Long> out = new HashMap<>();
        for (SocialService s : em.createQuery("select s from SocialService s where s.territory.id = :t", SocialService.class)
                .setParameter("t", territory == null ? -1L : territory).getResultList()) {
            out.put(s.getRegistryNumber().value(), s.getId());
        }
        return out;
    }

    @Override
    public List<Outcome> write(List<Serializable> drafts) {
        List<Outcome> out = new ArrayList<>(drafts.size());
        Long territory = currentUser.get().authorityTerritoryId();
        for (Serializable d : drafts) {
            ApplicationImport.Draft draft = (ApplicationImport.Draft) d;
            ApplicationForm form = form(draft, territory);
            try {
                ApplicationAnswer a = intake.receiveImported(draft.idempotencyKey(), RequestHash.of(form), form);
                out.add(a.status() == CertificateApplicationStatus.REFUSED
                        ? Outcome.refused("Заявление № " + a.id() + " отклонено: " + a.reasonText())
                        : Outcome.written(a.id()));
            } catch (BusinessException e) {
                out.add(Outcome.refused(e.getMessage()));
            }
        }
        return out;
    }

    static ApplicationForm form(ApplicationImport.Draft d, Long territory) {
        ConsumerForm child = new ConsumerForm();
        child.setTerritoryId(territory);
        child.setLastName(d.lastName());
        child.setFirstName(d.firstName());
        child.setMiddleName(d.middleName());
        child.setBirthDate(d.birthDate());
        child.setSnils(d.snils());
        child.setAddress(d.address());
        child.setRepLastName(d.repLastName());
        child.setRepFirstName(d.repFirstName());
        child.setRepMiddleName(d.repMiddleName());
        child.setRepPhone(d.repPhone());
        child.setRepEmail(d.repEmail());
        child.setRepDocument(d.repDocument());
        ApplicationForm f = new ApplicationForm();
        f.setConsumer(child);
        f.setServiceId(d.serviceId());
        f.setStartsOn(d.startsOn());
        f.setChannel("IMPORT");
        return f;
    }
}
