package ru.socorder.service.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.order.VersionDiff;
import ru.socorder.service.order.VersionDiff.Change;

/**
 * What an amendment changed against the version it amends — the terms (validity, payment, advance share, reporting
 * duty, bank details) and the lines by service and year (volume, price, amount) — as the order versions' differences
 * ({@link VersionDiff.Change}: the line is «соглашение» for the header, the service's registry number for a line).
 */
public final class AgreementDiff {
    static final String HEADER = "соглашение";

    private AgreementDiff() {
    }

    public static List<Change> between(AgreementView a, AgreementView b) {
        List<Change> changes = new ArrayList<>();
        VersionDiff.compare(changes, HEADER, null, "срок действия", period(a), period(b));
        VersionDiff.compare(changes, HEADER, null, "порядок оплаты", a.paymentModeLabel(), b.paymentModeLabel());
        VersionDiff.compare(changes, HEADER, null, "доля аванса, %", a.advanceShare(), b.advanceShare());
        VersionDiff.compare(changes, HEADER, null, "отчётность", a.reportingDuty(), b.reportingDuty());
        VersionDiff.compare(changes, HEADER, null, "получатель", a.bank().payeeName(), b.bank().payeeName());
        VersionDiff.compare(changes, HEADER, null, "счёт", a.bank().account(), b.bank().account());
        VersionDiff.compare(changes, HEADER, null, "БИК", a.bank().bik(), b.bank().bik());
        VersionDiff.compare(changes, HEADER, null, "банк", a.bank().bankName(), b.bank().bankName());
        VersionDiff.compare(changes, HEADER, null, "корреспондентский счёт", a.bank().correspondentAccount(), b.bank().correspondentAccount());
        VersionDiff.compare(changes, HEADER, null, "лицевой счёт", a.bank().treasuryAccount(), b.bank().treasuryAccount());
        Map<String, AgreementView.Line> left = index(a);
        Map<String, AgreementView.Line> right = index(b);
        for (Map.Entry<String, AgreementView.Line> e : left.entrySet()) {
            if (!right.containsKey(e.getKey())) {
                changes.add(new Change(e.getValue().serviceNumber(), e.getValue().year(), "строка", "есть", "удалена"));
            }
        }
        for (Map.Entry<String, AgreementView.Line> e : right.entrySet()) {
            AgreementView.Line after = e.getValue();
            AgreementView.Line before = left.get(e.getKey());
            if (before == null) {
                changes.add(new Change(after.serviceNumber(), after.year(), "строка", "нет", "добавлена"));
                continue;
            }
            VersionDiff.compare(changes, after.serviceNumber(), after.year(), "объём", before.volume(), after.volume());
            VersionDiff.compare(changes, after.serviceNumber(), after.year(), "цена единицы", before.pricePerUnit(), after.pricePerUnit());
            VersionDiff.compare(changes, after.serviceNumber(), after.year(), "сумма, руб.", RussianText.amount(before.amount()),
                    RussianText.amount(after.amount()));
        }
        return changes;
    }

    private static String period(AgreementView v) {
        return "с " + RussianText.date(v.validFrom()) + " по " + RussianText.date(v.validTo());
    }

    private static Map<String, AgreementView.Line> index(AgreementView v) {
        Map<String, AgreementView.Line> m = new LinkedHashMap<>();
        v.lines().forEach(l -> m.put(l.serviceId() + "|" + l.year(), l));
        return m;
    }
}
