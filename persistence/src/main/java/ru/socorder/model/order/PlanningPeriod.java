package ru.socorder.model.order;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * The periods an order plans for (domain.md §4.1 rule 2): the financial year, the two planning years and, when the
 * service lasts longer, the period beyond the plan from the fourth year to {@code lastYear}. Each period is keyed by
 * its first year — the key the volumes and quality indicators of a line are stored under.
 *
 * @param fiscalYear the financial year («очередной финансовый год»)
 * @param lastYear   the last year of the period beyond the plan, or null when the order covers only the three years
 */
public record PlanningPeriod(int fiscalYear, Integer lastYear) implements Serializable {

    /** What a period is to the order. */
    public enum Kind {
        /** очередной финансовый год */
        FISCAL,
        /** 1-й год планового периода */
        PLAN1,
        /** 2-й год планового периода */
        PLAN2,
        /** за пределами планового периода */
        BEYOND
    }

    public PlanningPeriod {
        if (lastYear != null && lastYear < fiscalYear + 3) {
            throw new IllegalArgumentException("the period beyond the plan of " + fiscalYear + " starts in " + (fiscalYear + 3)
                    + ", not before " + lastYear);
        }
    }

    /** The three years only. */
    public static PlanningPeriod of(int fiscalYear) {
        return new PlanningPeriod(fiscalYear, null);
    }

    /** Whether the order runs beyond the planning period. */
    public boolean hasBeyond() {
        return lastYear != null;
    }

    /** The first year of the period beyond the plan (whether or not the order has one). */
    public int firstBeyondYear() {
        return fiscalYear + 3;
    }

    /** The periods by their first year: the financial year, the two planning years and, if any, the period beyond. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>(List.of(fiscalYear, fiscalYear + 1, fiscalYear + 2));
        if (hasBeyond()) {
            years.add(firstBeyondYear());
        }
        return Collections.unmodifiableList(years);
    }

    /** Whether the year is the first year (the key) of a period of this order. */
    public boolean isPeriod(int year) {
        return year >= fiscalYear && year <= (hasBeyond() ? firstBeyondYear() : fiscalYear + 2);
    }

    /** The kind of the period keyed by {@code year}; a year that keys no period is refused. */
    public Kind kind(int year) {
        if (!isPeriod(year)) {
            throw new IllegalArgumentException(year + " is no period of the order for " + fiscalYear);
        }
        return switch (year - fiscalYear) {
            case 0 -> Kind.FISCAL;
            case 1 -> Kind.PLAN1;
            case 2 -> Kind.PLAN2;
            default -> Kind.BEYOND;
        };
    }

    /** Whether the calendar year is covered by the order (a year inside the period beyond the plan counts). */
    public boolean contains(int calendarYear) {
        return periodOf(calendarYear).isPresent();
    }

    /** The key of the period that covers the calendar year: the year itself in the plan, the first year beyond it. */
    public OptionalInt periodOf(int calendarYear) {
        if (calendarYear >= fiscalYear && calendarYear <= fiscalYear + 2) {
            return OptionalInt.of(calendarYear);
        }
        if (hasBeyond() && calendarYear >= firstBeyondYear() && calendarYear <= lastYear) {
            return OptionalInt.of(firstBeyondYear());
        }
        return OptionalInt.empty();
    }

    /**
     * The periods of the order for the next financial year: the period beyond the plan moves on by a year while it
     * lasts past the new planning period, otherwise it ends.
     */
    public PlanningPeriod next() {
        int fy = fiscalYear + 1;
        return new PlanningPeriod(fy, lastYear != null && lastYear >= fy + 3 ? lastYear : null);
    }

    /** As the printed form titles the period: «на 2025 год (на 1-й год планового периода)». */
    public String label(int year) {
        return switch (kind(year)) {
            case FISCAL -> "на " + year + " год (на очередной финансовый год)";
            case PLAN1 -> "на " + year + " год (на 1-й год планового периода)";
            case PLAN2 -> "на " + year + " год (на 2-й год планового периода)";
            case BEYOND -> "на срок оказания услуг за пределами планового периода (" + year + "–" + lastYear + " годы)";
        };
    }

    /** The years of the period in a table cell: «2025», or «2027–2030» beyond the plan («2027» when it is one year). */
    public String yearsText(int year) {
        if (kind(year) == Kind.BEYOND && lastYear != year) {
            return year + "–" + lastYear;
        }
        return String.valueOf(year);
    }

    /** As the order screen names the period in its rows: «2025», «2027–2030 (за пределами планового периода)». */
    public String shortLabel(int year) {
        return kind(year) == Kind.BEYOND ? year + "–" + lastYear + " (за пределами планового периода)" : String.valueOf(year);
    }
}
