package ru.socorder.service.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.service.common.FieldError;

/**
 * A quality indicator of an order line in a year (раздел III): the value and the permitted deviation, in per cent of
 * the value or in the indicator's own unit (domain.md §4.1 rule 5). Checks what a clerk enters and tells whether an
 * actual value stays within the permitted deviation.
 */
public record QualityRule(String indicator, BigDecimal value, BigDecimal deviation, boolean deviationInPercent) {

    /** ОКЕИ code of «процент»: an indicator measured in it is a share. */
    public static final String PERCENT_UNIT = "744";

    /** Problems of the entry, each naming the line, the year and the indicator. */
    public List<FieldError> check(String field, String lineLabel, int year) {
        return check(field, lineLabel, year, null);
    }

    /**
     * The same, and for an indicator measured in per cent ({@link #PERCENT_UNIT}) the value must be a share (0–100).
     */
    public List<FieldError> check(String field, String lineLabel, int year, String unitCode) {
        List<FieldError> errors = new ArrayList<>();
        String where = lineLabel + ", " + year + " год";
        if (indicator == null || indicator.isBlank()) {
            errors.add(new FieldError(field + ".indicator", where + ": укажите наименование показателя качества"));
            return errors;
        }
        where += ", показатель «" + indicator.strip() + "»: ";
        if (value == null) {
            errors.add(new FieldError(field + ".value", where + "укажите значение показателя"));
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field + ".value", where + "значение не может быть отрицательным"));
        } else if (PERCENT_UNIT.equals(unitCode) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FieldError(field + ".value", where + "доля в процентах не может быть больше 100 (указано "
                    + VolumeSplit.plain(value) + ")"));
        }
        if (deviation != null && deviation.signum() < 0) {
            errors.add(new FieldError(field + ".deviation", where + "допустимое отклонение не может быть отрицательным"));
        } else if (deviation != null && deviationInPercent && deviation.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FieldError(field + ".deviation", where + "допустимое отклонение больше 100 %"));
        }
        return errors;
    }

    /** The permitted deviation in the indicator's unit (per cent converted with the value); zero when not set. */
    public BigDecimal permitted() {
        if (deviation == null || value == null) {
            return BigDecimal.ZERO;
        }
        return deviationInPercent ? value.multiply(deviation).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP) : deviation;
    }

    /** Whether an actual value deviates from the planned one by more than permitted (in either direction). */
    public boolean exceeded(BigDecimal actual) {
        return value != null && actual != null && actual.subtract(value).abs().compareTo(permitted()) > 0;
    }

    /** «10 %» or «5» — the deviation as the form prints it; «—» when none is set. */
    public String deviationText() {
        if (deviation == null) {
            return "—";
        }
        return VolumeSplit.plain(deviation) + (deviationInPercent ? " %" : "");
    }
}
