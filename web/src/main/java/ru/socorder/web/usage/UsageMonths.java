package ru.socorder.web.usage;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.service.usage.UsageRules;

/** The months the month choosers offer: a year back and a year ahead of today, and the ones they must show. */
public final class UsageMonths {
    /** A month as a select shows it: {@code 2027-01} and «январь 2027». */
    public record Option(String value, String label) implements Serializable {
    }

    private UsageMonths() {
    }

    /** A year back and a year ahead of today, widened to take in the months given (null ones are ignored). */
    static List<Option> around(YearMonth today, YearMonth... included) {
        List<Option> out = new ArrayList<>();
        YearMonth first = today.minusMonths(12);
        YearMonth last = today.plusMonths(12);
        for (YearMonth chosen : included) {
            if (chosen != null && chosen.isBefore(first)) {
                first = chosen;
            }
            if (chosen != null && chosen.isAfter(last)) {
                last = chosen;
            }
        }
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
            out.add(new Option(m.toString(), UsageRules.text(m)));
        }
        return out;
    }
}
