package ru.socorder.service.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.service.exchange.TableReader.Table;
import ru.socorder.service.exchange.ImportAssembly;
import ru.socorder.service.exchange.ImportColumns;
import ru.socorder.service.exchange.ImportPreview;
import ru.socorder.service.exchange.RuleResult;

/**
 * Maps the rows of an executor file to drafts, checks each with {@link ExecutorRules}, and marks duplicates inside
 * the file and against the directory. Plain class; the boundary supplies the lookups.
 */
public final class ExecutorImport {
    static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("type", List.of("тип", "типисполнителя", "type")),
            Map.entry("fullName", List.of("полноенаименование", "наименование", "fullname")),
            Map.entry("shortName", List.of("краткоенаименование", "сокращенноенаименование", "shortname")),
            Map.entry("inn", List.of("инн", "inn")),
            Map.entry("kpp", List.of("кпп", "kpp")),
            Map.entry("ogrn", List.of("огрн", "огрнип", "огрногрнип", "ogrn")),
            Map.entry("snils", List.of("снилс", "snils")),
            Map.entry("address", List.of("адрес", "address")),
            Map.entry("headName", List.of("руководитель", "фиоруководителя", "headname")),
            Map.entry("headPosition", List.of("должностьруководителя", "headposition")),
            Map.entry("phone", List.of("телефон", "phone")),
            Map.entry("email", List.of("email", "электроннаяпочта", "эпочта")),
            Map.entry("nonProfit", List.of("некоммерческая", "некоммерческаяорганизация", "nonprofit")),
            Map.entry("stateSupport", List.of("господдержка", "получаетгосподдержку", "receivesstatesupport")),
            Map.entry("oktmo", List.of("октмо", "территорияоктмо", "oktmo")));

    private ExecutorImport() {
    }

    /**
     * @param territoryByOktmo ОКТМО → territory id (null when unknown)
     * @param existingKeys     which of the given ИНН/КПП keys are already in the directory
     */
    public static ImportPreview<ExecutorDraft> preview(Table table, Function<String, Long> territoryByOktmo,
                                                       Function<Set<String>, Set<String>> existingKeys) {
        ImportColumns cols = new ImportColumns(table.headers(), ALIASES);
        cols.require("«ИНН» и «Полное наименование»", "inn", "fullName");
        ImportAssembly<ExecutorDraft> assembly = new ImportAssembly<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            ExecutorDraft d = new ExecutorDraft();
            d.setType(type(cols.get(row, "type")));
            d.setFullName(cols.get(row, "fullName"));
            d.setShortName(cols.get(row, "shortName"));
            d.setInn(cols.get(row, "inn"));
            d.setKpp(cols.get(row, "kpp"));
            d.setOgrn(cols.get(row, "ogrn"));
            d.setSnils(cols.get(row, "snils"));
            d.setAddress(cols.get(row, "address"));
            d.setHeadName(cols.get(row, "headName"));
            d.setHeadPosition(cols.get(row, "headPosition"));
            d.setPhone(cols.get(row, "phone"));
            d.setEmail(cols.get(row, "email"));
            d.setNonProfit(ImportColumns.yes(cols.get(row, "nonProfit")));
            d.setReceivesStateSupport(ImportColumns.yes(cols.get(row, "stateSupport")));
            RuleResult r = ExecutorRules.check(d);
            String oktmo = cols.get(row, "oktmo");
            if (oktmo != null) {
                Long territory = territoryByOktmo.apply(oktmo.replaceAll("\\s", ""));
                if (territory == null) {
                    r.error("oktmo", "Территория с ОКТМО " + oktmo + " не найдена в справочнике");
                }
                d.setTerritoryId(territory);
            }
            if (cols.get(row, "type") != null && d.getType() == null) {
                r.errors().removeIf(e -> e.field().equals("type"));
                r.error("type", "Тип исполнителя «" + cols.get(row, "type") + "» не распознан");
            }
            assembly.add(i + 2, d, r, r.ok() ? ExecutorRules.identityKey(d) : null);
        }
        Set<String> keys = assembly.keys();
        return assembly.preview(keys.isEmpty() ? Set.of() : existingKeys.apply(keys), ExecutorCatalog.DUPLICATE,
                "Такие ИНН и КПП уже встречаются выше в этом файле",
                d -> d.getInn() == null ? "" : d.getInn() + (d.getKpp() == null ? "" : " / " + d.getKpp()), ExecutorDraft::getFullName);
    }

    /** Russian names of executor types as clerks write them, or the API code. */
    static String type(String raw) {
        if (raw == null) {
            return null;
        }
        if (ExecutorRules.type(raw) != null) {
            return raw.trim();
        }
        String n = ImportColumns.normalise(raw);
        ExecutorType t = null;
        if (n.contains("казен")) {
            t = ExecutorType.STATE_TREASURY_INSTITUTION;
        } else if (n.contains("бюджет")) {
            t = ExecutorType.STATE_BUDGET_INSTITUTION;
        } else if (n.contains("автоном") && n.contains("учрежд")) {
            t = ExecutorType.STATE_AUTONOMOUS_INSTITUTION;
        } else if (n.contains("некоммерч") || n.equals("нко") || n.equals("ано")) {
            t = ExecutorType.NGO;
        } else if (n.contains("индивидуальн") || n.equals("ип")) {
            t = ExecutorType.INDIVIDUAL_ENTREPRENEUR;
        } else if (n.contains("физическ")) {
            t = ExecutorType.NATURAL_PERSON;
        } else if (n.contains("коммерч") || n.equals("ооо") || n.equals("ао") || n.equals("пао") || n.equals("зао")) {
            t = ExecutorType.COMMERCIAL;
        }
        return t == null ? null : t.name();
    }
}
