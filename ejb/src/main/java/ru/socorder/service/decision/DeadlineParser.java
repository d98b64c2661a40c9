package ru.socorder.service.decision;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.Deadline;
import ru.socorder.model.decision.DeadlineKind;
import ru.socorder.model.decision.Recurrence;

/**
 * Reads the deadlines («срок исполнения») of approbation plans as the resolutions write them: dates («до 01.07.2024»,
 * «1 сентября 2023 года», «До1 июня 2023 года»), quarters («IV квартал 2024 года»), months («Декабрь 2024»), years
 * («2025 год», «в течение 2025 года»), half-years («2 полугодие 2025 г.»), repetitions («Ежегодно», «Не реже 1 раза в квартал»), «Постоянно», «По мере необходимости» and
 * combinations («До 1 июня 2023 года далее ежегодно до 1 января»). What it cannot read is kept as text and marked
 * {@link DeadlineKind#UNRECOGNISED} — it never guesses.
 */
public final class DeadlineParser {
    private static final String MONTH_WORD = "(" + String.join("|", RussianText.monthsGenitive()) + ")";
    private static final String MONTH_NOMINATIVE = "(" + String.join("|", RussianText.monthsNominative()) + ")";
    private static final String YEAR_WORD = "(?:\\s*(?:года|году|год|г))?";
    private static final String BY = "(?:(?:до|не позднее|к)\\s*)?";
    /** Before a period (quarter, half-year, year): by its end, or during it — due at its end either way. */
    private static final String PERIOD_BY = "(?:(?:до|не позднее|к|в течение|во|в)\\s+)?";

    private static final Pattern NUMERIC_DATE = Pattern.compile("^" + BY + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + YEAR_WORD + "$");
    private static final Pattern WORD_DATE = Pattern.compile("^" + BY + "(\\d{1,2})(?:-?го)?\\s*" + MONTH_WORD + "\\s*(\\d{4})" + YEAR_WORD + "$");
    private static final Pattern FROM_DATE = Pattern.compile("^(?:с|начиная с)\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + YEAR_WORD + "$");
    private static final Pattern FROM_WORD_DATE = Pattern.compile("^(?:с|начиная с)\\s*(\\d{1,2})(?:-?го)?\\s*" + MONTH_WORD + "\\s*(\\d{4})" + YEAR_WORD + "$");
    private static final Pattern QUARTER = Pattern.compile("^" + PERIOD_BY + "(iv|iii|ii|i|[1-4])(?:-?(?:й|го|м))?\\s*(?:квартал[ае]?|кв)\\s*(\\d{4})"
            + YEAR_WORD + "$");
    private static final Pattern HALF_YEAR = Pattern.compile("^" + PERIOD_BY + "(ii|i|1|2|первое|второе|первого|второго|первом|втором)"
            + "(?:-?(?:е|го|м))?\\s*полугоди[еяи]\\s*(\\d{4})" + YEAR_WORD + "$");
    private static final Pattern MONTH = Pattern.compile("^" + BY + MONTH_NOMINATIVE + "\\s*(\\d{4})" + YEAR_WORD + "$");
    private static final Pattern YEAR = Pattern.compile("^" + PERIOD_BY + "(\\d{4})" + YEAR_WORD + "$");
    private static final Pattern YEARLY = Pattern.compile("^(?:ежегодно|каждый год)$");
    private static final Pattern QUARTERLY = Pattern.compile("^(?:ежеквартально|не реже (?:1|одного) раза в квартал|каждый квартал)$");
    private static final Pattern MONTHLY = Pattern.compile("^(?:ежемесячно|не реже (?:1|одного) раза в месяц|каждый месяц)$");
    private static final Pattern CONTINUOUS = Pattern.compile("^(?:постоянно|в течение (?:всего )?(?:срока|периода) (?:апробации|реализации)|на постоянной основе)$");
    private static final Pattern AS_NEEDED = Pattern.compile("^по мере (?:необходимости|потребности)$");
    private static final Pattern REPEAT_ON = Pattern.compile("^(?:ежегодно\\s*)?" + BY + "(\\d{1,2})(?:-?го)?\\s*" + MONTH_WORD + "$");

    private DeadlineParser() {
    }

    public static Deadline parse(String text) {
        if (text == null || text.isBlank()) {
            return Deadline.unrecognised(text == null ? "" : text.trim());
        }
        String original = text.strip().replaceAll("\\s+", " ");
        String s = normalise(text);
        boolean asNeeded = false;
        if (!AS_NEEDED.matcher(s).matches()) {
            Matcher tail = Pattern.compile("^(.*?)[,;]?\\s*\\(?по мере необходимости\\)?$").matcher(s);
            if (tail.matches() && !tail.group(1).isBlank()) {
                asNeeded = true;
                s = tail.group(1).trim();
            }
        }
        String head = s;
        String repeat = null;
        Matcher then = Pattern.compile("^(.*?)[,;]?\\s*(?:а )?далее\\s+(.+)$").matcher(s);
        if (then.matches()) {
            head = then.group(1).trim();
            repeat = then.group(2).trim();
        }
        try {
            Deadline main = primary(original, head, asNeeded);
            if (main == null) {
                return Deadline.unrecognised(original);
            }
            if (repeat == null) {
                return main;
            }
            Matcher on = REPEAT_ON.matcher(repeat);
            if (on.matches()) {
                MonthDay day = MonthDay.of(month(on.group(2)), Integer.parseInt(on.group(1)));
                return new Deadline(original, main.getKind(), main.getDate(), Recurrence.YEARLY, day, asNeeded);
            }
            Recurrence r = YEARLY.matcher(repeat).matches() ? Recurrence.YEARLY
                    : QUARTERLY.matcher(repeat).matches() ? Recurrence.QUARTERLY
                    : MONTHLY.matcher(repeat).matches() ? Recurrence.MONTHLY : null;
            return r == null ? Deadline.unrecognised(original) : new Deadline(original, main.getKind(), main.getDate(), r, null, asNeeded);
        } catch (DateTimeException | NumberFormatException e) {
            return Deadline.unrecognised(original);
        }
    }

    private static Deadline primary(String original, String s, boolean asNeeded) {
        Matcher m;
        if ((m = NUMERIC_DATE.matcher(s)).matches()) {
            return dated(original, DeadlineKind.DATE, LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))), asNeeded);
        }
        if ((m = WORD_DATE.matcher(s)).matches()) {
            return dated(original, DeadlineKind.DATE, LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1))), asNeeded);
        }
        if ((m = FROM_DATE.matcher(s)).matches()) {
            return dated(original, DeadlineKind.FROM_DATE, LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))), asNeeded);
        }
        if ((m = FROM_WORD_DATE.matcher(s)).matches()) {
            return dated(original, DeadlineKind.FROM_DATE, LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1))), asNeeded);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            int q = quarter(m.group(1));
            return dated(original, DeadlineKind.QUARTER, YearMonth.of(Integer.parseInt(m.group(2)), q * 3).atEndOfMonth(), asNeeded);
        }
        if ((m = HALF_YEAR.matcher(s)).matches()) {
            int half = m.group(1).equals("i") || m.group(1).equals("1") || m.group(1).startsWith("перв") ? 1 : 2;
            return dated(original, DeadlineKind.HALF_YEAR, YearMonth.of(Integer.parseInt(m.group(2)), half * 6).atEndOfMonth(), asNeeded);
        }
        if ((m = MONTH.matcher(s)).matches()) {
            return dated(original, DeadlineKind.MONTH, YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atEndOfMonth(), asNeeded);
        }
        if ((m = YEAR.matcher(s)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return year < 1990 || year > 2100 ? null : dated(original, DeadlineKind.YEAR, LocalDate.of(year, 12, 31), asNeeded);
        }
        if (YEARLY.matcher(s).matches()) {
            return new Deadline(original, DeadlineKind.RECURRING, null, Recurrence.YEARLY, null, asNeeded);
        }
        if ((m = REPEAT_ON.matcher(s)).matches() && s.startsWith("ежегодно")) {
            return new Deadline(original, DeadlineKind.RECURRING, null, Recurrence.YEARLY,
                    MonthDay.of(month(m.group(2)), Integer.parseInt(m.group(1))), asNeeded);
        }
        if (QUARTERLY.matcher(s).matches()) {
            return new Deadline(original, DeadlineKind.RECURRING, null, Recurrence.QUARTERLY, null, asNeeded);
        }
        if (MONTHLY.matcher(s).matches()) {
            return new Deadline(original, DeadlineKind.RECURRING, null, Recurrence.MONTHLY, null, asNeeded);
        }
        if (CONTINUOUS.matcher(s).matches()) {
            return new Deadline(original, DeadlineKind.CONTINUOUS, null, Recurrence.NONE, null, false);
        }
        if (AS_NEEDED.matcher(s).matches()) {
            return new Deadline(original, DeadlineKind.AS_NEEDED, null, Recurrence.NONE, null, true);
        }
        return null;
    }

    private static Deadline dated(String original, DeadlineKind kind, LocalDate date, boolean asNeeded) {
        return new Deadline(original, kind, date, Recurrence.NONE, null, asNeeded);
    }

    /** Lower case, ё → е, «г.» → «года», spaces after «до» and between a number and a word, no final dot. */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.forLanguageTag("ru")).replace('ё', 'е').replace('\u00A0', ' ');
        s = s.replaceAll("\\s+", " ").trim();
        s = s.replaceAll("\\bг\\.", "года").replaceAll("[.;,\\s]+$", "");
        s = s.replaceAll("^(до|с|к)(\\d)", "$1 $2");
        s = s.replaceAll("(\\d)([а-я])", "$1 $2");
        s = s.replaceAll("\\bкв\\.", "кв");
        return s.trim();
    }

    private static int month(String word) {
        return RussianText.month(word).orElseThrow(() -> new DateTimeException("month " + word));
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
