package ru.socorder.service.order;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.SocialOrder;

/**
 * Copies an order's content into another version: the next version of the same order (amendment: everything as it
 * is) or the draft for the next financial year (each period takes the volumes of the same calendar year; the new
 * second planning year repeats the old one's; the period beyond the plan moves on by a year while it lasts).
 */
final class OrderCopy {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

    private OrderCopy() {
    }

    /** A new draft for the same period: header and lines as they are. */
    static SocialOrder amendment(SocialOrder source) {
        SocialOrder draft = new SocialOrder(source.getAuthority(), source.getDirection(), source.getFiscalYear(), source.getTitle());
        draft.setAsOfDate(source.getAsOfDate());
        draft.setBudgetName(source.getBudgetName());
        draft.setBeyondPlanUntil(source.getBeyondPlanUntil());
        draft.follow(source);
        copyLines(source, draft);
        return draft;
    }

    /** A first draft for the next financial year, with the years in the title moved on. */
    static SocialOrder nextYear(SocialOrder source) {
        PlanningPeriod next = source.getPeriod().next();
        SocialOrder draft = new SocialOrder(source.getAuthority(), source.getDirection(), next.fiscalYear(), shiftYears(source.getTitle()));
        draft.setBudgetName(source.getBudgetName());
        draft.setAsOfDate(source.getAsOfDate() == null ? null : source.getAsOfDate().plusYears(1));
        draft.setBeyondPlanUntil(next.lastYear());
        copyLines(source, draft);
        return draft;
    }

    /** «на 2024 год и на плановый период 2025–2026 годов» → «на 2025 год и на плановый период 2026–2027 годов». */
    static String shiftYears(String title) {
        Matcher m = YEAR.matcher(title);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group(1)) + 1));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void copyLines(SocialOrder source, SocialOrder target) {
        for (OrderLine l : source.getLines()) {
            OrderLine copy = new OrderLine(target, l.getPosition(), l.getService());
            copy.setDeterminationYear(l.getDeterminationYear() == null ? null
                    : Math.max(l.getDeterminationYear(), target.getFiscalYear()));
            copy.setPlace(l.getPlace());
            copy.setVolumeIndicator(l.getVolumeIndicator());
            copy.setUnit(l.getUnit());
            copy.setStandardAct(l.getStandardAct());
            for (int year : target.getPeriod().years()) {
                int from = sourceYear(source.getPeriod(), target.getPeriod(), year);
                l.getYears().stream().filter(y -> y.getYear() == from).findFirst().ifPresent(y -> copy.getYears().add(
                        new OrderLineYear(year, y.getVolumes())));
                l.getQuality().stream().filter(q -> q.getYear() == from).forEach(q -> copy.getQuality().add(
                        new OrderQuality(year, q.getIndicator(), q.getUnit(), q.getValue(), q.getDeviation(), q.isDeviationInPercent())));
            }
            target.getLines().add(copy);
        }
    }

    /** Which period of the source feeds a period of the target. */
    static int sourceYear(PlanningPeriod source, PlanningPeriod target, int year) {
        if (target.kind(year) == PlanningPeriod.Kind.BEYOND) {
            return source.firstBeyondYear();
        }
        boolean planned = source.isPeriod(year) && source.kind(year) != PlanningPeriod.Kind.BEYOND;
        return planned ? year : source.fiscalYear() + 2;
    }
}
