package ru.socorder.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.MonthDay;
import ru.socorder.model.identifier.Oktmo;

/** A public-law entity: a region or a municipality inside it. */
@Entity
@Table(name = "territory")
public class Territory {
    @Id
    @SequenceGenerator(name = "territory_seq", sequenceName = "territory_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "territory_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TerritoryLevel level;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 11)
    private Oktmo oktmo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Territory parent;

    /** Day and month by which the social order of a financial year is approved («ежегодно до 1 января»), MM-dd. */
    @Column(name = "order_deadline", nullable = false, length = 5)
    private String orderDeadline = "01-01";

    /** How the territory's act lays out the printed social order where decree 1613's text was not verified. */
    @Embedded
    private OrderFormOptions orderForm = new OrderFormOptions();

    protected Territory() {
    }

    public Territory(TerritoryLevel level, String name, Oktmo oktmo, Territory parent) {
        this.level = level;
        this.name = name;
        this.oktmo = oktmo;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public TerritoryLevel getLevel() {
        return level;
    }

    public void setLevel(TerritoryLevel level) {
        this.level = level;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MonthDay getOrderDeadline() {
        return MonthDay.parse("--" + orderDeadline);
    }

    public void setOrderDeadline(MonthDay deadline) {
        this.orderDeadline = String.format("%02d-%02d", deadline.getMonthValue(), deadline.getDayOfMonth());
    }

    public Oktmo getOktmo() {
        return oktmo;
    }

    public void setOktmo(Oktmo oktmo) {
        this.oktmo = oktmo;
    }

    public Territory getParent() {
        return parent;
    }

    public void setParent(Territory parent) {
        this.parent = parent;
    }

    public OrderFormOptions getOrderForm() {
        return orderForm == null ? new OrderFormOptions() : orderForm;
    }

    public void setOrderForm(OrderFormOptions orderForm) {
        this.orderForm = orderForm;
    }
}
