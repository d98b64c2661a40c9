package ru.socorder.service.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.exchange.TableReader.Table;

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
        if (!cols.has("inn") || !cols.has("fullName")) {
            throw new ValidationFailed(List.of(new FieldError("file",
                    "В первой строке файла нужны заголовки столбцов, как минимум «ИНН» и «Полное наименование»")));
        }
        List<Object[]> parsed = new ArrayList<>();
        Set<String> keys = new HashSet<>();
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
            String key = r.ok() ? ExecutorRules.identityKey(d) : null;
            if (key != null) {
                keys.add(key);
            }
            parsed.add(new Object[] {i + 2, d, r, key});
        }
        Set<String> existing = keys.isEmpty() ? Set.of() : existingKeys.apply(keys);
        Set<String> seen = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        List<ExecutorDraft> drafts = new ArrayList<>();
        for (Object[] p : parsed) {
            int line = (int) p[0];
            ExecutorDraft d = (ExecutorDraft) p[1];
            RuleResult r = (RuleResult) p[2];
            String key = (String) p[3];
            List<String> messages = new ArrayList<>(r.errors().stream().map(FieldError::message).toList());
            if (key != null && existing.contains(key)) {
                messages.add(ExecutorCatalog.DUPLICATE);
            } else if (key != null && !seen.add(key)) {
                messages.add("Такие ИНН и КПП уже встречаются выше в этом файле");
            }
            String label = d.getInn() == null ? "" : d.getInn() + (d.getKpp() == null ? "" : " / " + d.getKpp());
            if (messages.isEmpty()) {
                drafts.add(d);
                rows.add(new ImportRow(line, r.corrections().isEmpty() ? ImportRow.Status.VALID : ImportRow.Status.CORRECTED,
                        label, d.getFullName(), r.corrections()));
            } else {
                rows.add(new ImportRow(line, ImportRow.Status.REJECTED, label, d.getFullName(), messages));
            }
        }
        return new ImportPreview<>(rows, drafts);
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
