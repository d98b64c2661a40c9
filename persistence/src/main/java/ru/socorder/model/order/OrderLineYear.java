package ru.socorder.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/** The volume of an order line in one period (keyed by its first year): total and the split by method, one column each. */
@Embeddable
public class OrderLineYear implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "order_year", nullable = false)
    private int year;

    @Column(name = "total", nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(name = "treasury", nullable = false, precision = 19, scale = 4)
    private BigDecimal treasury;

    @Column(name = "budget_autonomous", nullable = false, precision = 19, scale = 4)
    private BigDecimal budgetAutonomous;

    @Column(name = "competition", nullable = false, precision = 19, scale = 4)
    private BigDecimal competition;

    @Column(name = "certificates", nullable = false, precision = 19, scale = 4)
    private BigDecimal certificates;

    protected OrderLineYear() {
    }

    public OrderLineYear(int year, Volumes volumes) {
        this.year = year;
        this.total = volumes.total();
        this.treasury = volumes.get(Method.TREASURY);
        this.budgetAutonomous = volumes.get(Method.BUDGET_AUTONOMOUS);
        this.competition = volumes.get(Method.COMPETITION);
        this.certificates = volumes.get(Method.CERTIFICATES);
    }

    /** The first year of the period (see {@link PlanningPeriod}). */
    public int getYear() {
        return year;
    }

    /** The total and the amount per method; the columns of the table stay as they are. */
    public Volumes getVolumes() {
        return Volumes.of(total, treasury, budgetAutonomous, competition, certificates);
    }
}
