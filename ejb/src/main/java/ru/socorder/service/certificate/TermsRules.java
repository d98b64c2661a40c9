package ru.socorder.service.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.certificate.OnePer;
import ru.socorder.service.common.FieldError;

/**
 * What makes certificate terms valid: a year, a period within it that ends after it starts, a positive nominal in
 * человеко-часы (two decimals) and in roubles (kopecks: a legal amount, never rounded silently), an age band in
 * completed years (0..99, inclusive), one active certificate per service or per direction, 1..60 days to answer.
 */
public final class TermsRules {
    private TermsRules() {
    }

    public static List<FieldError> check(TermsForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.getTerritoryId() == null) {
            errors.add(new FieldError("territoryId", "Укажите территорию"));
        }
        if (f.getYear() == null || f.getYear() < 2000 || f.getYear() > 2100) {
            errors.add(new FieldError("year", "Укажите год от 2000 до 2100"));
        }
        if (f.getValidFrom() == null) {
            errors.add(new FieldError("validFrom", "Укажите начало срока действия сертификатов"));
        }
        if (f.getValidTo() == null) {
            errors.add(new FieldError("validTo", "Укажите окончание срока действия сертификатов"));
        } else if (f.getValidFrom() != null && f.getValidTo().isBefore(f.getValidFrom())) {
            errors.add(new FieldError("validTo", "Окончание срока действия раньше его начала"));
        }
        if (f.getYear() != null && f.getValidFrom() != null && f.getValidFrom().getYear() != f.getYear()) {
            errors.add(new FieldError("validFrom", "Срок действия сертификатов " + f.getYear() + " года начинается в этом году"));
        }
        positive(errors, "nominalHours", f.getNominalHours(), 2, "Номинал в человеко-часах");
        positive(errors, "nominalAmount", f.getNominalAmount(), 2, "Номинал в рублях");
        if (f.getAgeFrom() == null || f.getAgeFrom() < 0 || f.getAgeFrom() > 99) {
            errors.add(new FieldError("ageFrom", "Возраст «от» — полных лет, от 0 до 99"));
        }
        if (f.getAgeTo() == null || f.getAgeTo() < 0 || f.getAgeTo() > 99) {
            errors.add(new FieldError("ageTo", "Возраст «до» — полных лет включительно, от 0 до 99"));
        } else if (f.getAgeFrom() != null && f.getAgeTo() < f.getAgeFrom()) {
            errors.add(new FieldError("ageTo", "Возраст «до» меньше возраста «от»"));
        }
        if (onePer(f.getOnePer()) == null) {
            errors.add(new FieldError("onePer", "Укажите правило одного сертификата: SERVICE (по каждой услуге) или DIRECTION "
                    + "(по направлению деятельности)"));
        }
        if (f.getAnswerDays() != null && (f.getAnswerDays() < 1 || f.getAnswerDays() > 60)) {
            errors.add(new FieldError("answerDays", "Срок ответа исполнителя — от 1 до 60 рабочих дней"));
        }
        return errors;
    }

    /** The rule named, or null for an unknown name; absent means per service. */
    static OnePer onePer(String name) {
        if (name == null || name.isBlank()) {
            return OnePer.SERVICE;
        }
        for (OnePer p : OnePer.values()) {
            if (p.name().equalsIgnoreCase(name.strip())) {
                return p;
            }
        }
        return null;
    }

    private static void positive(List<FieldError> errors, String field, BigDecimal value, int scale, String what) {
        if (value == null || value.signum() <= 0) {
            errors.add(new FieldError(field, what + " должен быть больше нуля"));
        } else if (value.setScale(scale, RoundingMode.DOWN).compareTo(value) != 0) {
            errors.add(new FieldError(field, what + " указывается не более чем с " + scale + " знаками после запятой"));
        }
    }
}
