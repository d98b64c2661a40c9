package ru.socorder.service.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.OrderFormCode;
import ru.socorder.model.catalog.OrderFormOptions;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.Volumes;
import ru.socorder.model.order.SocialOrder;

/**
 * One version of a social order as the printed form (decree 1613, domain.md §5.1), the XLSX tables and the
 * publication export see it: plain values, no entities, no lazy loading. Built once by {@link #of(SocialOrder)}.
 *
 * @param approval who approved and when («УТВЕРЖДАЮ» block); null until the order is approved
 */
public record OrderSheet(long id, int versionNumber, String status, String kind, String title, LocalDate asOfDate,
                         int fiscalYear, Integer beyondPlanUntil, Authority authority, String budgetName, String direction,
                         Approval approval, List<Period> periods, List<Line> lines) implements Serializable {

    /**
     * The authorised body and its codes box (ОКПО, Глава БК, ОКТМО).
     *
     * @param stateLevel a body of a region (the order is «государственный»), not of a municipality («муниципальный»)
     * @param form how its territory's act lays the form out where decree 1613's text was not verified
     */
    public record Authority(String fullName, String shortName, String inn, String kpp, String okpo, String budgetChapter,
                            String oktmo, String headPosition, String headName, boolean stateLevel, OrderFormOptions form)
            implements Serializable {
        /** A municipal body; the form as printed by default. */
        public Authority(String fullName, String shortName, String inn, String kpp, String okpo, String budgetChapter, String oktmo,
                         String headPosition, String headName) {
            this(fullName, shortName, inn, kpp, okpo, budgetChapter, oktmo, headPosition, headName, false);
        }

        /** The form as printed by default. */
        public Authority(String fullName, String shortName, String inn, String kpp, String okpo, String budgetChapter, String oktmo,
                         String headPosition, String headName, boolean stateLevel) {
            this(fullName, shortName, inn, kpp, okpo, budgetChapter, oktmo, headPosition, headName, stateLevel, new OrderFormOptions());
        }

        /** The same body with its territory's form laid out otherwise. */
        public Authority withForm(OrderFormOptions options) {
            return new Authority(fullName, shortName, inn, kpp, okpo, budgetChapter, oktmo, headPosition, headName, stateLevel, options);
        }
    }

    /** The approval: the head's position and name (from the authority card) and the date of the approve step. */
    public record Approval(String position, String name, LocalDate date) implements Serializable {
    }

    /**
     * A period of the order, keyed by its first year: its kind and its {@code label} as the form titles it, e.g.
     * «на 2025 год (на 1-й год планового периода)».
     */
    public record Period(int year, PlanningPeriod.Kind kind, String label) implements Serializable {
    }

    /** A service line; content, conditions, consumer category and unit come from the catalogue. */
    public record Line(int no, String registryNumber, String serviceName, String content, String conditions,
                       String consumerCategory, Integer determinationYear, String place, String volumeIndicator,
                       String unitName, String unitCode, BigDecimal normativeCost, String standardAct,
                       List<Volume> volumes, List<Quality> quality) implements Serializable {
    }

    /** The volume of a line in a period: total and the split by the four methods. */
    public record Volume(int year, Volumes volumes) implements Serializable {
        public BigDecimal total() {
            return volumes.total();
        }

        public BigDecimal get(Method method) {
            return volumes.get(method);
        }
    }

    /**
     * A quality indicator of a line in a period with its permitted deviation (per cent or absolute).
     *
     * @param unitShortName the unit's short name from the catalogue («чел.»), written after an absolute deviation
     */
    public record Quality(int year, String indicator, String unitName, String unitCode, String unitShortName, BigDecimal value,
                          BigDecimal deviation, boolean deviationInPercent) implements Serializable {
    }

    /** @param approvedOn the day the version was approved (from the transition log), or null */
    public static OrderSheet of(SocialOrder o, LocalDate approvedOn) {
        AuthorisedBody a = o.getAuthority();
        Authority authority = new Authority(a.getFullName(), a.getShortName(), text(a.getInn()), text(a.getKpp()), a.getOkpo(),
                a.getBudgetChapterCode(), text(a.getTerritory().getOktmo()), a.getHeadPosition(), a.getHeadName(),
                a.getTerritory().getLevel() == TerritoryLevel.REGION, a.getTerritory().getOrderForm());
        Approval approval = null;
        if (o.getStatus() == OrderStatus.APPROVED || o.getStatus() == OrderStatus.PUBLISHED) {
            approval = new Approval(a.getHeadPosition(), a.getHeadName(), approvedOn);
        }
        List<Period> periods = periods(o);
        List<Line> lines = new ArrayList<>();
        int no = 1;
        for (OrderLine l : o.getLines()) {
            SocialService s = l.getService();
            MeasurementUnit u = l.getUnit();
            List<Volume> volumes = new ArrayList<>();
            for (OrderLineYear y : l.getYears()) {
                volumes.add(new Volume(y.getYear(), y.getVolumes()));
            }
            List<Quality> quality = new ArrayList<>();
            for (OrderQuality q : l.getQuality()) {
                MeasurementUnit qu = q.getUnit();
                quality.add(new Quality(q.getYear(), q.getIndicator(), qu == null ? null : qu.getName(), qu == null ? null : qu.getCode(),
                        qu == null ? null : qu.getShortName(), q.getValue(), q.getDeviation(), q.isDeviationInPercent()));
            }
            lines.add(new Line(no++, s.getRegistryNumber().formatted(), s.getName(), s.getContent(), s.getConditions(),
                    s.getConsumerCategory(), l.getDeterminationYear(), l.getPlace(), l.getVolumeIndicator(),
                    u == null ? null : u.getName(), u == null ? null : u.getCode(), s.getNormativeCost(), l.getStandardAct(),
                    List.copyOf(volumes), List.copyOf(quality)));
        }
        return new OrderSheet(o.getId() == null ? 0 : o.getId(), o.getVersionNumber(), o.getStatus().name(),
                o.isChanged() ? "изменённый" : "первичный", o.getTitle(), o.getAsOfDate(), o.getFiscalYear(),
                o.getBeyondPlanUntil(), authority, o.getBudgetName(), o.getDirection() == null ? null : o.getDirection().getName(),
                approval, List.copyOf(periods), List.copyOf(lines));
    }

    /** The periods of the order as the form titles them. */
    public static List<Period> periods(SocialOrder o) {
        PlanningPeriod p = o.getPeriod();
        return p.years().stream().map(year -> new Period(year, p.kind(year), p.label(year))).toList();
    }

    /** Anything but an approved (or published) version is a draft and prints as one. */
    public boolean approved() {
        return "APPROVED".equals(status) || "PUBLISHED".equals(status);
    }

    /** How the form is laid out where decree 1613's text was not verified (the authority's territory sets it). */
    public OrderFormOptions form() {
        return authority == null || authority.form() == null ? new OrderFormOptions() : authority.form();
    }

    /** The codes box lines: caption and code (the date only once approved; a code not known stays empty). */
    public List<Map.Entry<String, String>> codes() {
        List<Map.Entry<String, String>> codes = new ArrayList<>();
        for (OrderFormCode c : form().codes()) {
            String value = switch (c) {
                case OKUD -> form().okud();
                case DATE -> approval == null || approval.date() == null ? null : RussianText.date(approval.date());
                case OKPO -> authority == null ? null : authority.okpo();
                case BUDGET_CHAPTER -> authority == null ? null : authority.budgetChapter();
                case OKTMO -> authority == null ? null : authority.oktmo();
            };
            codes.add(new java.util.AbstractMap.SimpleImmutableEntry<>(c.caption(), value));
        }
        return codes;
    }

    /** Whether the order is a region's («государственный»), not a municipality's. */
    public boolean stateLevel() {
        return authority != null && authority.stateLevel();
    }

    /** The periods of this version (financial year, planning years, the period beyond the plan if any). */
    public PlanningPeriod planningPeriod() {
        return new PlanningPeriod(fiscalYear, beyondPlanUntil);
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }
}
