package ru.socorder.service.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.Volumes;

/** An order as entered (API body, screen): header and lines with volumes per year. */
public class OrderForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long version;
    public Long authorityId;
    public String directionCode;
    public Integer fiscalYear;
    public String title;
    public LocalDate asOfDate;
    public String budgetName;
    /** Last year of the period beyond the plan, when the service lasts longer than the planning period. */
    public Integer beyondPlanUntil;
    /** The lines, replacing the saved ones; {@code null} (absent from an API body) keeps the saved lines. */
    public List<Line> lines;

    /** A line: the service (by id or by registry number in any spelling) and its volumes per year. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long serviceId;
        public String registryNumber;
        public Integer determinationYear;
        public String place;
        public String volumeIndicator;
        public String unitCode;
        /** The act that sets the standard (procedure) of provision (раздел IV). */
        public String standardAct;
        public List<Year> years = new ArrayList<>();
        public List<Quality> quality = new ArrayList<>();
    }

    /** A quality indicator of a line in a year: value and permitted deviation (per cent or absolute). */
    public static class Quality implements Serializable {
        private static final long serialVersionUID = 1L;
        public int year;
        public String indicator;
        public String unitCode;
        public BigDecimal value;
        public BigDecimal deviation;
        public boolean deviationInPercent = true;
    }

    /** Volume of a line in a year: total and split by method (the fields are the API's names, {@link Method#field()}). */
    public static class Year implements Serializable {
        private static final long serialVersionUID = 1L;
        public int year;
        public BigDecimal total;
        public BigDecimal treasury;
        public BigDecimal budgetAutonomous;
        public BigDecimal competition;
        public BigDecimal certificates;

        /** The volume of a year as the screen holds it. */
        public static Year of(int year, Volumes v) {
            Year y = new Year();
            y.year = year;
            y.total = v.total();
            y.treasury = v.get(Method.TREASURY);
            y.budgetAutonomous = v.get(Method.BUDGET_AUTONOMOUS);
            y.competition = v.get(Method.COMPETITION);
            y.certificates = v.get(Method.CERTIFICATES);
            return y;
        }

        /** The volumes as entered; a missing value is zero. */
        public Volumes volumes() {
            return Volumes.of(total, treasury, budgetAutonomous, competition, certificates);
        }
    }
}
