package ru.socorder.web.order;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.order.OrderFormationService;
import ru.socorder.service.order.OrderLifecycle;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Социальные заказы: the list, filtered by year and status. */
@Named("orders")
@ViewScoped
public class OrdersBean extends ListBean<SocialOrder> {
    private static final long serialVersionUID = 1L;

    @EJB
    private OrderFormationService service;

    private Integer year;
    private OrderStatus status;

    @Override
    protected PagedModel<SocialOrder> createModel() {
        OrderFormationService s = service;
        OrdersBean self = this;
        return new PagedModel<>(r -> s.list(r, self.year, null, self.status), SocialOrder::getId);
    }

    public String statusLabel(SocialOrder o) {
        return OrderLifecycle.label(o.getStatus());
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public String label(OrderStatus s) {
        return OrderLifecycle.label(s);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }
}
