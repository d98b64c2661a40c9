package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.util.Map;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Параметры сертификата: the certificate terms of a territory per year (period, nominal in человеко-часы and roubles,
 * age band, one active certificate per service or direction, days an executor has to answer). Read by everyone; the
 * administrator and the clerks of the territory's authorities change them ({@code SelectionRights}). One per territory
 * and year (the database's unique key).
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class CertificateTermsService {
    private static final Map<String, String> DUPLICATES = Map.of("uk_certificate_terms",
            "Параметры сертификата этой территории на этот год уже установлены: измените их");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AuditLog audit;

    public Page<CertificateTerms> list(PageRequest page, Long territoryId, Integer year) {
        Caller c = currentUser.get();
        return PagedQuery.of(em, CertificateTerms.class, "t", "join fetch t.territory",
                        DataScope.everyone(c, "параметры сертификатов публичны"))
                .filter("t.territory.id = :territory", "territory", territoryId)
                .filter("t.year = :year", "year", year)
                .search("t.territory.name")
                .sortable(Map.of("year", "t.year", "territory", "t.territory.name"), "t.year desc")
                .page(page);
    }

    public CertificateTerms get(long id) {
        CertificateTerms t = em.find(CertificateTerms.class, id);
        if (t == null) {
            throw new NotFound("Параметры сертификата не найдены");
        }
        return t;
    }

    /** The terms of the territory (or of the nearest territory above it that has some) for the year, or null. */
    public CertificateTerms of(Territory territory, int year) {
        return NearestTerritory.find(em, CertificateTerms.class, territory, year);
    }

    public CertificateTerms create(TermsForm f) {
        Caller c = currentUser.get();
        if (f.getTerritoryId() == null && c.authorityTerritoryId() != null) {
            f.setTerritoryId(c.authorityTerritoryId());
        }
        if (f.getTerritoryId() != null) {
            c.require(Rights.Action.CREATE, Rights.of(CertificateTerms.class, f.getTerritoryId()));
        } else if (!c.isAdmin()) {
            c.require(Rights.Action.CREATE, Rights.of(CertificateTerms.class, -1L));
        }
        checked(f);
        Territory territory = em.find(Territory.class, f.getTerritoryId());
        if (territory == null) {
            throw new ValidationFailed("territoryId", "Территория не найдена");
        }
        CertificateTerms t = new CertificateTerms(territory, f.getYear(), f.getValidFrom(), f.getValidTo(),
                f.getNominalHours().setScale(2, RoundingMode.UNNECESSARY), f.getNominalAmount().setScale(2, RoundingMode.UNNECESSARY),
                f.getAgeFrom(), f.getAgeTo());
        t.setOnePer(TermsRules.onePer(f.getOnePer()));
        if (f.getAnswerDays() != null) {
            t.setAnswerDays(f.getAnswerDays());
        }
        em.persist(t);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.CERTIFICATE_TERMS_SAVED, t.getId(), describe(t));
        return t;
    }

    /** Changes the period, nominal, age band and rules; the territory and year stay. */
    public CertificateTerms update(long id, TermsForm f) {
        Caller c = currentUser.get();
        CertificateTerms t = get(id);
        c.require(Rights.Action.EDIT, t);
        f.setTerritoryId(t.getTerritory().getId());
        f.setYear(t.getYear());
        checked(f);
        if (f.getVersion() == null || f.getVersion() != t.getVersion()) {
            throw Conflict.staleVersion();
        }
        em.lock(t, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        t.change(f.getValidFrom(), f.getValidTo(), f.getNominalHours().setScale(2, RoundingMode.UNNECESSARY),
                f.getNominalAmount().setScale(2, RoundingMode.UNNECESSARY), f.getAgeFrom(), f.getAgeTo());
        t.setOnePer(TermsRules.onePer(f.getOnePer()));
        if (f.getAnswerDays() != null) {
            t.setAnswerDays(f.getAnswerDays());
        }
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.CERTIFICATE_TERMS_SAVED, t.getId(), describe(t));
        return t;
    }

    private static void checked(TermsForm f) {
        var errors = TermsRules.check(f);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private static String describe(CertificateTerms t) {
        return t.getYear() + ": " + t.getNominalHours() + " чел.-ч, " + t.getNominalAmount() + " руб., " + t.getAgeFrom() + "–"
                + t.getAgeTo() + " лет, " + t.getOnePer().label();
    }
}
