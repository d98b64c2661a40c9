package ru.socorder.service.usage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.service.exchange.ImportColumns;
import ru.socorder.service.exchange.ImportRow;

/**
 * Reads the rows of a file of delivered hours (CSV or XLSX: «Номер договора», «Месяц», «Часы») one at a time and
 * checks each as an entry would be checked ({@link UsageRules}): the contract is one of the executor's, the month is
 * open, the hours fit what the contract still allows. A contract and month repeated in the file is refused at its
 * second line. Plain class: the boundary supplies the look-ups.
 */
public final class UsageImport {
    static final Map<String, List<String>> ALIASES = Map.of(
            "contract", List.of("номердоговора", "договор", "contractnumber", "contract"),
            "month", List.of("месяц", "период", "month"),
            "hours", List.of("часы", "часов", "количествочасов", "человекочасы", "hours"));

    /** What the boundary knows of the executor's contracts. */
    public interface Lookup {
        /** The executor's contract with this number, or null. */
        Contract contract(String number);

        /** The hours and roubles of the contract's other months. */
        UsageRules.Others others(long contractId, YearMonth month);

        /** Whether the contract's month was submitted, so that it takes no entry. */
        boolean submitted(long contractId, YearMonth month);
    }

    public record Contract(long id, UsageRules.Terms terms) {
    }

    /** An accepted row: what the job enters. */
    public record Draft(int line, long contractId, String contractNumber, String month, BigDecimal hours) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A checked row: the draft (null when rejected) and the row as the preview shows it. */
    public record Checked(ImportRow row, Draft draft) {
    }

    private final ImportColumns cols;
    private final Lookup lookup;
    private final Map<String, Integer> seen = new HashMap<>();

    public UsageImport(List<String> headers, Lookup lookup) {
        this.cols = new ImportColumns(headers, ALIASES);
        cols.require("«Номер договора», «Месяц» и «Часы»", "contract", "month", "hours");
        this.lookup = lookup;
    }

    /** Checks one row; null for a blank one. */
    public Checked check(int line, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return null;
        }
        String number = cols.get(cells, "contract");
        String monthText = cols.get(cells, "month");
        String hoursText = cols.get(cells, "hours");
        YearMonth month = UsageRules.month(monthText);
        String name = (number == null ? "" : "договор № " + number) + (month == null ? "" : ", " + UsageRules.text(month));
        String refusal = refusal(number, monthText, month, hoursText);
        if (refusal == null) {
            Contract k = lookup.contract(number);
            BigDecimal hours = hours(hoursText);
            if (k == null) {
                refusal = "Договора № " + number + " нет среди договоров исполнителя";
            } else if (lookup.submitted(k.id(), month)) {
                refusal = "Месяц " + UsageRules.text(month) + " уже отправлен: часы исправляет специалист уполномоченного органа";
            } else {
                refusal = UsageRules.refusal(k.terms(), month, hours, lookup.others(k.id(), month));
            }
            if (refusal == null) {
                Integer earlier = seen.putIfAbsent(k.id() + "/" + month, line);
                if (earlier != null) {
                    refusal = "Повторяет строку " + earlier + ": тот же договор за тот же месяц";
                }
            }
            if (refusal == null) {
                return new Checked(new ImportRow(line, ImportRow.Status.VALID, number, name, List.of()),
                        new Draft(line, k.id(), number, month.toString(), hours));
            }
        }
        return new Checked(new ImportRow(line, ImportRow.Status.REJECTED, number, name, List.of(refusal)), null);
    }

    private static String refusal(String number, String monthText, YearMonth month, String hoursText) {
        if (number == null) {
            return "Не указан номер договора";
        }
        if (monthText == null) {
            return "Не указан месяц";
        }
        if (month == null) {
            return "Месяц «" + monthText + "» не распознан: укажите его как ММ.ГГГГ или ГГГГ-ММ";
        }
        if (hoursText == null) {
            return "Не указано количество часов";
        }
        if (hours(hoursText) == null) {
            return "Часы «" + hoursText + "» — не число";
        }
        return null;
    }

    /** «12,5», «12.5», «12» → the number; null when it is none. */
    static BigDecimal hours(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace("\u00A0", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
