package ru.socorder.service.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.common.FieldError;

/**
 * What a consumer's record needs: last and first name, a birth date not in the future and not more than 100 years
 * ago, a territory, a valid СНИЛС (checked number) when given — the child's and the representative's.
 */
public final class ConsumerRules {
    private ConsumerRules() {
    }

    public static List<FieldError> check(ConsumerForm f, LocalDate today) {
        return check(f, today, "");
    }

    /** @param prefix the field path of the form inside another one ({@code consumer.}) */
    public static List<FieldError> check(ConsumerForm f, LocalDate today, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(f.getLastName())) {
            errors.add(new FieldError(prefix + "lastName", "Укажите фамилию ребёнка"));
        }
        if (blank(f.getFirstName())) {
            errors.add(new FieldError(prefix + "firstName", "Укажите имя ребёнка"));
        }
        if (f.getBirthDate() == null) {
            errors.add(new FieldError(prefix + "birthDate", "Укажите дату рождения"));
        } else if (f.getBirthDate().isAfter(today)) {
            errors.add(new FieldError(prefix + "birthDate", "Дата рождения не может быть в будущем"));
        } else if (f.getBirthDate().isBefore(today.minusYears(100))) {
            errors.add(new FieldError(prefix + "birthDate", "Дата рождения более ста лет назад — проверьте год"));
        }
        if (f.getTerritoryId() == null) {
            errors.add(new FieldError(prefix + "territoryId", "Укажите территорию проживания"));
        }
        snils(errors, prefix + "snils", f.getSnils());
        snils(errors, prefix + "repSnils", f.getRepSnils());
        return errors;
    }

    private static void snils(List<FieldError> errors, String field, String raw) {
        if (blank(raw)) {
            return;
        }
        IdentifierCheck check = Snils.check(raw);
        if (!check.valid()) {
            errors.add(new FieldError(field, check.message()));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String clean(String s) {
        return blank(s) ? null : s.strip().replaceAll("\\s+", " ");
    }
}
