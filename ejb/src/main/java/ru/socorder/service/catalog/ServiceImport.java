package ru.socorder.service.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.exchange.TableReader.Table;
import ru.socorder.service.exchange.ImportAssembly;
import ru.socorder.service.exchange.ImportColumns;
import ru.socorder.service.exchange.ImportPreview;
import ru.socorder.service.exchange.RuleResult;

/**
 * Maps the rows of a services file to drafts, checks each with {@link ServiceRules} (registry numbers pasted from
 * Word are corrected and the row is marked «исправлена»), and marks duplicates in the file and in the directory.
 */
public final class ServiceImport {
    static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("registryNumber", List.of("реестровыйномер", "уникальныйномерреестровойзаписи", "номерреестровойзаписи", "registrynumber")),
            Map.entry("name", List.of("наименованиеуслуги", "наименование", "name")),
            Map.entry("content", List.of("содержание", "содержаниеуслуги", "направленность", "content")),
            Map.entry("conditions", List.of("условия", "условияформыоказания", "формаоказания", "conditions")),
            Map.entry("consumerCategory", List.of("категорияпотребителей", "consumercategory")),
            Map.entry("direction", List.of("направление", "коднаправления", "направлениедеятельности", "direction")),
            Map.entry("normativeCost", List.of("нормативныезатраты", "нормативныезатратыруб", "normativecost")),
            Map.entry("licenceRequired", List.of("лицензия", "требуетсялицензия", "licencerequired")),
            Map.entry("oktmo", List.of("октмо", "oktmo")),
            Map.entry("volumeIndicator", List.of("показательобъема", "volumeindicator")),
            Map.entry("unitCode", List.of("кодокеи", "океи", "едизм", "unitcode")));

    private ServiceImport() {
    }

    /**
     * @param territoryByOktmo  ОКТМО → territory id (null when unknown)
     * @param defaultTerritory  territory for rows without ОКТМО (the clerk's own), or null
     * @param directionByCode   direction code → id (null when unknown)
     * @param existing          which of the given "territoryId/number" keys are already in the directory
     */
    public static ImportPreview<ServiceDraft> preview(Table table, Function<String, Long> territoryByOktmo, Long defaultTerritory,
                                                      Function<String, Long> directionByCode, Function<Set<String>, Set<String>> existing) {
        ImportColumns cols = new ImportColumns(table.headers(), ALIASES);
        cols.require("«Реестровый номер» и «Наименование услуги»", "registryNumber", "name");
        ImportAssembly<ServiceDraft> assembly = new ImportAssembly<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            ServiceDraft d = new ServiceDraft();
            List<FieldError> extra = new ArrayList<>();
            d.setRegistryNumber(cols.get(row, "registryNumber"));
            d.setName(cols.get(row, "name"));
            d.setContent(cols.get(row, "content"));
            d.setConditions(cols.get(row, "conditions"));
            d.setConsumerCategory(cols.get(row, "consumerCategory"));
            d.setLicenceRequired(ImportColumns.yes(cols.get(row, "licenceRequired")));
            String oktmo = cols.get(row, "oktmo");
            d.setTerritoryId(oktmo == null ? defaultTerritory : territoryByOktmo.apply(oktmo.replaceAll("\\s", "")));
            if (oktmo != null && d.getTerritoryId() == null) {
                extra.add(new FieldError("oktmo", "Территория с ОКТМО " + oktmo + " не найдена в справочнике"));
            }
            String direction = cols.get(row, "direction");
            if (direction != null) {
                d.setDirectionId(directionByCode.apply(direction.split("\\s")[0]));
                if (d.getDirectionId() == null) {
                    extra.add(new FieldError("direction", "Направление деятельности «" + direction + "» не найдено (укажите код, например 04)"));
                }
            }
            String cost = cols.get(row, "normativeCost");
            if (cost != null) {
                try {
                    d.setNormativeCost(new BigDecimal(cost.replaceAll("[\\s\\u00A0]", "").replace(',', '.')));
                } catch (NumberFormatException e) {
                    extra.add(new FieldError("normativeCost", "Нормативные затраты указаны неверно: «" + cost + "»"));
                }
            }
            String volume = cols.get(row, "volumeIndicator");
            if (volume != null) {
                d.getIndicators().add(new ServiceDraft.IndicatorDraft("VOLUME", volume, cols.get(row, "unitCode")));
            }
            RuleResult r = ServiceRules.check(d);
            extra.forEach(e -> r.error(e.field(), e.message()));
            String key = r.ok() ? key(d) : null;
            if (key != null) {
                d.setRegistryNumber(RegistryNumber.of(d.getRegistryNumber()).formatted());
            }
            assembly.add(i + 2, d, r, key);
        }
        Set<String> keys = assembly.keys();
        return assembly.preview(keys.isEmpty() ? Set.of() : existing.apply(keys), ServiceCatalog.DUPLICATE,
                "Этот реестровый номер уже встречается выше в этом файле для той же территории",
                ServiceDraft::getRegistryNumber, ServiceDraft::getName);
    }

    /** "territoryId/compact number" of a valid draft. */
    static String key(ServiceDraft d) {
        return d.getTerritoryId() + "/" + RegistryNumber.of(d.getRegistryNumber()).value();
    }
}
