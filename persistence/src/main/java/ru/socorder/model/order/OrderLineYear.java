package ru.socorder.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/** The volume of an order line in one year: total and the split by method. */
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

    public OrderLineYear(int year, BigDecimal total, BigDecimal treasury, BigDecimal budgetAutonomous, BigDecimal competition,
                         BigDecimal certificates) {
        this.year = year;
        this.total = total;
        this.treasury = treasury;
        this.budgetAutonomous = budgetAutonomous;
        this.competition = competition;
        this.certificates = certificates;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getTreasury() {
        return treasury;
    }

    public BigDecimal getBudgetAutonomous() {
        return budgetAutonomous;
    }

    public BigDecimal getCompetition() {
        return competition;
    }

    public BigDecimal getCertificates() {
        return certificates;
    }
}
