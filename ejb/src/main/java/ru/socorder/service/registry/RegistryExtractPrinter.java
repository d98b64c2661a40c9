package ru.socorder.service.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The printed extracts from the registry of executors: for one executor ({@code registry/entry.jrxml}: the entry's
 * number, dates, status, services and programmes, one statement a row) and for the whole registry of an authority
 * ({@code registry/registry.jrxml}: one row per entry). Reads a {@link RegistryExtract}; plain class.
 */
public final class RegistryExtractPrinter {
    private RegistryExtractPrinter() {
    }

    /** The extract about one executor (the extract's single row). */
    public static Part entry(RegistryExtract x) {
        RegistryExtract.Row r = x.rows().get(0);
        List<Map<String, ?>> rows = new ArrayList<>();
        add(rows, "Номер реестровой записи", Integer.toString(r.number()));
        add(rows, "Исполнитель услуг", r.executor());
        add(rows, "ИНН / КПП / ОГРН", identifiers(r, " / "));
        add(rows, "Адрес", r.address());
        add(rows, "Дата включения в реестр", RussianText.date(r.includedOn()));
        add(rows, "Статус записи", r.status());
        if (r.changedOn() != null) {
            add(rows, "Последнее изменение статуса", RussianText.date(r.changedOn()) + (r.reason() == null ? "" : ": " + r.reason()));
        }
        add(rows, "Услуги", r.services().isEmpty() ? "—" : r.services().stream().map(s -> s.registryNumber() + " — " + s.name())
                .collect(Collectors.joining("\n")));
        add(rows, "Программы", programmes(r, true));
        return new Part("registry/entry", parameters("Выписка из реестра исполнителей услуг в соответствии с социальным сертификатом",
                x), rows);
    }

    /** The extract of the whole registry of the authority. */
    public static Part registry(RegistryExtract x) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (RegistryExtract.Row r : x.rows()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("number", Integer.toString(r.number()));
            row.put("executor", r.executor() + (r.address() == null ? "" : "\n" + r.address()));
            row.put("identifiers", identifiers(r, "\n"));
            row.put("includedOn", RussianText.date(r.includedOn()));
            row.put("status", r.status() + (r.changedOn() == null ? "" : " с " + RussianText.date(r.changedOn())
                    + (r.reason() == null ? "" : ": " + r.reason())));
            row.put("services", r.services().stream().map(RegistryExtract.ServiceLine::registryNumber).collect(Collectors.joining("\n")));
            row.put("programmes", programmes(r, false));
            rows.add(row);
        }
        return new Part("registry/registry", parameters("Реестр исполнителей услуг в соответствии с социальным сертификатом", x), rows);
    }

    private static Map<String, Object> parameters(String title, RegistryExtract x) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", title);
        p.put("SUBTITLE", x.authority() + "\nпо состоянию на " + RussianText.date(x.on()));
        p.put("NOTE", x.rows().isEmpty() ? "В реестре нет записей." : "Записей: " + x.rows().size() + ". Выписка сформирована "
                + RussianText.date(x.on()) + ".");
        return p;
    }

    private static String identifiers(RegistryExtract.Row r, String separator) {
        List<String> parts = new ArrayList<>();
        parts.add("ИНН " + (r.inn() == null ? "—" : r.inn()));
        if (r.kpp() != null) {
            parts.add("КПП " + r.kpp());
        }
        parts.add("ОГРН " + (r.ogrn() == null ? "—" : r.ogrn()));
        return String.join(separator, parts);
    }

    private static String programmes(RegistryExtract.Row r, boolean detailed) {
        if (r.programmes().isEmpty()) {
            return "—";
        }
        return r.programmes().stream().map(p -> detailed
                        ? p.name() + " (" + p.registryNumber() + "; " + p.status() + "; " + RussianText.number(p.hours()) + " ч"
                        + (p.price() == null ? "" : "; " + RussianText.amount(ProgrammePricing.legalTotal(p.price())) + " руб.") + ")"
                        : p.name())
                .collect(Collectors.joining("\n"));
    }

    private static void add(List<Map<String, ?>> rows, String label, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("value", value == null || value.isBlank() ? "—" : value);
        rows.add(row);
    }
}
