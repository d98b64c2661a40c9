package ru.socorder.service.catalog;

import jakarta.persistence.EntityManager;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.service.common.ValidationFailed;

/** Copies a checked service draft onto the entity (the service card, the API and the import job share it). */
final class ServiceRecords {
    private ServiceRecords() {
    }

    static void apply(EntityManager em, ServiceDraft d, SocialService s) {
        s.setContent(ExecutorRules.trim(d.getContent()));
        s.setConditions(ExecutorRules.trim(d.getConditions()));
        s.setConsumerCategory(ExecutorRules.trim(d.getConsumerCategory()));
        s.setDirection(d.getDirectionId() == null ? null
                : find(em, ActivityDirection.class, d.getDirectionId(), "directionId", "Направление деятельности не найдено"));
        s.setNormativeCost(d.getNormativeCost());
        s.setLicenceRequired(d.isLicenceRequired());
        s.setValidFrom(d.getValidFrom());
        s.setValidTo(d.getValidTo());
        s.getIndicators().clear();
        for (int i = 0; i < d.getIndicators().size(); i++) {
            ServiceDraft.IndicatorDraft ind = d.getIndicators().get(i);
            MeasurementUnit unit = ind.getUnitCode() == null || ind.getUnitCode().isBlank() ? null : unit(em, ind.getUnitCode().trim(), i);
            s.getIndicators().add(new ServiceIndicator(ServiceRules.kind(ind.getKind()), ind.getName().trim(), unit));
        }
    }

    private static MeasurementUnit unit(EntityManager em, String code, int index) {
        return em.createQuery("select u from MeasurementUnit u where u.code = :c", MeasurementUnit.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new ValidationFailed("indicators[" + index + "].unitCode",
                        "Показатель " + (index + 1) + ": единица измерения с кодом ОКЕИ " + code + " не найдена в справочнике"));
    }

    static <T> T find(EntityManager em, Class<T> type, Long id, String field, String message) {
        T t = id == null ? null : em.find(type, id);
        if (t == null) {
            throw new ValidationFailed(field, message);
        }
        return t;
    }
}
