package ru.socorder.service.catalog;

import java.io.Serializable;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.common.RussianText;

/** A territory as edited on the screen or in the API. */
public class TerritoryForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private Long version;
    private String level;
    private String name;
    private String oktmo;
    private Long parentId;
    /** Day and month by which the order of a financial year is approved, «ДД.ММ» (default 01.01). */
    private String orderDeadline;
    /** How the territory's act lays out the printed social order; absent in an API update: unchanged. */
    private OrderFormSettings orderForm;

    public static TerritoryForm of(Territory e) {
        TerritoryForm f = new TerritoryForm();
        f.id = e.getId();
        f.version = e.getVersion();
        f.level = e.getLevel().name();
        f.name = e.getName();
        f.oktmo = e.getOktmo() == null ? null : e.getOktmo().value();
        f.parentId = e.getParent() == null ? null : e.getParent().getId();
        f.orderDeadline = RussianText.dayMonthDigits(e.getOrderDeadline());
        f.orderForm = OrderFormSettings.of(e.getOrderForm());
        return f;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOktmo() {
        return oktmo;
    }

    public void setOktmo(String oktmo) {
        this.oktmo = oktmo;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getOrderDeadline() {
        return orderDeadline;
    }

    public void setOrderDeadline(String orderDeadline) {
        this.orderDeadline = orderDeadline;
    }

    public OrderFormSettings getOrderForm() {
        return orderForm;
    }

    public void setOrderForm(OrderFormSettings orderForm) {
        this.orderForm = orderForm;
    }
}
