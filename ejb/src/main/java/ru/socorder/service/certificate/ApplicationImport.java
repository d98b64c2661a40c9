package ru.socorder.service.certificate;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.exchange.ImportColumns;
import ru.socorder.service.exchange.ImportRow;
import ru.socorder.service.exchange.RuleResult;

/**
 * Reads the rows of a file of certificate applications exported from a Navigator (CSV or XLSX, as
 * {@code TableReader.stream} hands them over) into drafts, one row at a time: the child, the legal representative,
 * the service by its registry number, the start date. Checks what a row alone can tell — names, dates, СНИЛС with its
 * check number, the service of the clerk's territory — and a row repeating an earlier one (the same child and
 * service); eligibility (age, the queue, the order's volume) is decided when the row is written, as for any other
 * application. Plain class: the boundary supplies the service lookup.
 * <p>
 * Each accepted row carries its idempotency key: the Navigator's application number when the file has one, otherwise
 * a digest of the row's child, service and start date — so loading the same file again, or a re-run of its job, finds
 * the applications made the first time and creates nothing twice.
 */
public final class ApplicationImport {
    static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("number", List.of("номерзаявления", "номер", "idзаявления", "applicationnumber", "number")),
            Map.entry("lastName", List.of("фамилия", "фамилиягребенка", "фамилияребенка", "lastname")),
            Map.entry("firstName", List.of("имя", "имяребенка", "firstname")),
            Map.entry("middleName", List.of("отчество", "отчестворебенка", "middlename")),
            Map.entry("birthDate", List.of("датарождения", "датарожденияребенка", "birthdate")),
            Map.entry("snils", List.of("снилс", "снилсребенка", "snils")),
            Map.entry("address", List.of("адрес", "адреспроживания", "address")),
            Map.entry("service", List.of("реестровыйномеруслуги", "реестровыйномер", "услуга", "registrynumber")),
            Map.entry("startsOn", List.of("датаначала", "датаначалаобучения", "startson")),
            Map.entry("repLastName", List.of("фамилиязаявителя", "фамилияпредставителя", "replastname")),
            Map.entry("repFirstName", List.of("имязаявителя", "имяпредставителя", "repfirstname")),
            Map.entry("repMiddleName", List.of("отчествозаявителя", "отчествопредставителя", "repmiddlename")),
            Map.entry("repPhone", List.of("телефон", "телефонзаявителя", "repphone")),
            Map.entry("repEmail", List.of("email", "электроннаяпочта", "эпочта", "repemail")),
            Map.entry("repDocument", List.of("документзаявителя", "документпредставителя", "repdocument")));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            // Excel's built-in date format 14 (m/d/yy), as POI writes it out
            DateTimeFormatter.ofPattern("M/d/uu").withResolverStyle(ResolverStyle.STRICT));

    /** A checked row: its draft (null when rejected) and the row as the preview shows it. */
    public record Checked(ImportRow row, Draft draft) {
    }

    /** An accepted row: what the job writes — the child, the representative, the application and its key. */
    public record Draft(int line, String idempotencyKey, String lastName, String firstName, String middleName,
                        LocalDate birthDate, String snils, String address, String repLastName, String repFirstName,
                        String repMiddleName, String repPhone, String repEmail, String repDocument, long serviceId,
                        String registryNumber, LocalDate startsOn) implements Serializable {
        private static final long serialVersionUID = 1L;

        public String fullName() {
            return String.join(" ", lastName, firstName, middleName == null ? "" : middleName).strip();
        }
    }

    private final ImportColumns cols;
    private final Function<String, Long> serviceByNumber;
    /** (СНИЛС or name + birth date) + service → the first line that asked for it. */
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param headers         the file's first row
     * @param serviceByNumber a canonical registry number → the id of that service of the clerk's territory, or null
     */
    public ApplicationImport(List<String> headers, Function<String, Long> serviceByNumber) {
        this.cols = new ImportColumns(headers, ALIASES);
        cols.require("«Фамилия», «Имя», «Дата рождения», «СНИЛС», «Реестровый номер услуги» и «Дата начала»",
                "lastName", "firstName", "birthDate", "snils", "service", "startsOn");
        this.serviceByNumber = serviceByNumber;
    }

    /** Checks one row; null for a blank row (skipped). */
    public Checked check(int line, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return null;
        }
        RuleResult r = new RuleResult();
        String last = name(r, "lastName", "Фамилия", true, cells);
        String first = name(r, "firstName", "Имя", true, cells);
        String middle = name(r, "middleName", "Отчество", false, cells);
        LocalDate born = date(r, "birthDate", "Дата рождения", cells);
        LocalDate starts = date(r, "startsOn", "Дата начала", cells);
        if (born != null && starts != null && !born.isBefore(starts)) {
            r.error("birthDate", "Дата рождения позже даты начала обучения");
        }
        String snils = snils(r, cols.get(cells, "snils"));
        String number = cols.get(cells, "service");
        Long service = null;
        String registryNumber = null;
        if (number == null) {
            r.error("service", "Не указан реестровый номер услуги");
        } else {
            IdentifierCheck check = RegistryNumber.check(number);
            if (!check.valid()) {
                r.error("service", check.message());
            } else {
                registryNumber = check.canonical();
                r.corrected("service", check.corrections());
                service = serviceByNumber.apply(registryNumber);
                if (service == null) {
                    r.error("service", "Услуги с реестровым номером " + RegistryNumber.ofCanonical(registryNumber).formatted() + " нет в справочнике вашей территории");
                }
            }
        }
        String navigator = limited(r, "number", "Номер заявления", cols.get(cells, "number"), 80);
        String repLast = limited(r, "repLastName", "Фамилия заявителя", cols.get(cells, "repLastName"), 100);
        String repFirst = limited(r, "repFirstName", "Имя заявителя", cols.get(cells, "repFirstName"), 100);
        String repMiddle = limited(r, "repMiddleName", "Отчество заявителя", cols.get(cells, "repMiddleName"), 100);
        String phone = limited(r, "repPhone", "Телефон", cols.get(cells, "repPhone"), 100);
        String email = limited(r, "repEmail", "Email", cols.get(cells, "repEmail"), 200);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            r.error("repEmail", "Адрес электронной почты «" + email + "» указан неверно");
        }
        String document = limited(r, "repDocument", "Документ заявителя", cols.get(cells, "repDocument"), 300);
        String address = limited(r, "address", "Адрес", cols.get(cells, "address"), 1000);

        String child = snils != null ? snils : ImportColumns.normalise(last + first + middle) + born;
        String label = snils != null ? Snils.of(snils).masked() : (born == null ? "" : born.toString());
        String name = String.join(" ", nz(last), nz(first), nz(middle)).strip();
        if (r.ok()) {
            Integer earlier = seen.putIfAbsent(child + "/" + service, line);
            if (earlier != null) {
                r.error("line", "Повторяет строку " + earlier + ": то же заявление ребёнка на ту же услугу");
            }
        }
        List<String> messages = new ArrayList<>();
        r.errors().forEach(e -> messages.add(e.message()));
        if (!r.ok()) {
            return new Checked(new ImportRow(line, ImportRow.Status.REJECTED, label, name, messages), null);
        }
        String key = navigator != null ? "navigator:" + navigator
                : "row:" + digest(child + "|" + registryNumber + "|" + starts);
        Draft d = new Draft(line, key, last, first, middle, born, snils, address, repLast, repFirst, repMiddle, phone, email,
                document, service, registryNumber, starts);
        return new Checked(new ImportRow(line, r.corrections().isEmpty() ? ImportRow.Status.VALID : ImportRow.Status.CORRECTED,
                label, name, r.corrections()), d);
    }

    private String name(RuleResult r, String field, String caption, boolean required, List<String> cells) {
        String v = cols.get(cells, field);
        if (v == null) {
            if (required) {
                r.error(field, "Не указано поле «" + caption + "»");
            }
            return null;
        }
        if (!v.matches("[\\p{IsCyrillic}\\p{IsLatin}][\\p{IsCyrillic}\\p{IsLatin} '’.-]*")) {
            r.error(field, "«" + caption + "» может содержать только буквы, пробел, дефис и апостроф: «" + v + "»");
            return null;
        }
        return limited(r, field, caption, v, 100);
    }

    private static String limited(RuleResult r, String field, String caption, String v, int max) {
        if (v != null && v.length() > max) {
            r.error(field, "«" + caption + "» длиннее " + max + " символов");
            return null;
        }
        return v;
    }

    private LocalDate date(RuleResult r, String field, String caption, List<String> cells) {
        String v = cols.get(cells, field);
        if (v == null) {
            r.error(field, "Не указано поле «" + caption + "»");
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate d = LocalDate.parse(v, f);
                if (d.getYear() < 1900 || d.getYear() > 2100) {
                    break;
                }
                return d;
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        r.error(field, "«" + caption + "»: дата «" + v + "» не распознана, укажите её как ДД.ММ.ГГГГ");
        return null;
    }

    private static String snils(RuleResult r, String v) {
        if (v == null) {
            r.error("snils", "Не указан СНИЛС ребёнка");
            return null;
        }
        IdentifierCheck check = Snils.check(v);
        if (!check.valid()) {
            r.error("snils", check.message());
            return null;
        }
        r.corrected("snils", check.corrections());
        return check.canonical();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
