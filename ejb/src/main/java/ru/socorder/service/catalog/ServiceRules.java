package ru.socorder.service.catalog;

import java.math.BigDecimal;
import ru.socorder.model.catalog.IndicatorKind;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.service.exchange.RuleResult;

/** Rules of a service record: registry number (with lookalike correction), name, normative cost, validity, indicators. */
public final class ServiceRules {
    /** Normative costs are kept with up to 6 decimals (the legal totals are rounded later). */
    public static final int COST_SCALE = 6;

    private ServiceRules() {
    }

    public static RuleResult check(ServiceDraft d) {
        RuleResult r = new RuleResult();
        IdentifierCheck number = RegistryNumber.check(d.getRegistryNumber());
        if (!number.valid()) {
            r.error("registryNumber", number.message());
        } else {
            r.corrected("Реестровый номер", number.corrections());
        }
        if (d.getTerritoryId() == null) {
            r.error("territoryId", "Укажите территорию (публично-правовое образование)");
        }
        if (ExecutorRules.blank(d.getName())) {
            r.error("name", "Укажите наименование услуги");
        }
        BigDecimal cost = d.getNormativeCost();
        if (cost != null && cost.signum() < 0) {
            r.error("normativeCost", "Нормативные затраты не могут быть отрицательными");
        } else if (cost != null && cost.stripTrailingZeros().scale() > COST_SCALE) {
            r.error("normativeCost", "Нормативные затраты: не более " + COST_SCALE + " знаков после запятой");
        } else if (cost != null && cost.precision() - cost.scale() > 13) {
            r.error("normativeCost", "Нормативные затраты: слишком большое значение");
        }
        if (d.getValidFrom() != null && d.getValidTo() != null && d.getValidTo().isBefore(d.getValidFrom())) {
            r.error("validTo", "Дата окончания действия раньше даты начала");
        }
        for (int i = 0; i < d.getIndicators().size(); i++) {
            ServiceDraft.IndicatorDraft ind = d.getIndicators().get(i);
            if (kind(ind.getKind()) == null) {
                r.error("indicators[" + i + "].kind", "Показатель " + (i + 1) + ": укажите вид — объём (VOLUME) или качество (QUALITY)");
            }
            if (ExecutorRules.blank(ind.getName())) {
                r.error("indicators[" + i + "].name", "Показатель " + (i + 1) + ": укажите наименование");
            }
        }
        return r;
    }

    public static IndicatorKind kind(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return IndicatorKind.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
