package ru.socorder.web.order;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.security.Role;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.CodeItem;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.order.OrderForm;
import ru.socorder.service.order.OrderFormationService;
import ru.socorder.service.order.OrderLifecycle;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;
import ru.socorder.web.shell.ShellBean;

/** Социальные заказы: the list, filtered by year, authority and status; a clerk starts a new order here. */
@Named("orders")
@ViewScoped
public class OrdersBean extends ListBean<SocialOrder> {
    private static final long serialVersionUID = 1L;

    @EJB
    private OrderFormationService service;

    @EJB
    private CatalogService catalog;

    @Inject
    private ShellBean shell;

    @Inject
    private Clock clock;

    private Integer year;
    private Long authorityId;
    private OrderStatus status;
    private List<OptionItem> authorities;
    private List<CodeItem> directions;
    private NewOrder newOrder;

    @Override
    protected PagedModel<SocialOrder> createModel() {
        OrderFormationService s = service;
        OrdersBean self = this;
        return new PagedModel<>(r -> s.list(r, self.year, self.authorityId, self.status), SocialOrder::getId);
    }

    /** Prepares the «new order» dialog: next financial year, its standard title, the authority's only direction. */
    public void prepareNew() {
        newOrder = NewOrder.forYear(LocalDate.now(clock).getYear() + 1, getDirections().size() == 1 ? getDirections().get(0).code() : null);
    }

    public String create() {
        try {
            OrderForm draft = new OrderForm();
            draft.authorityId = shell.getCaller().authorityId();
            draft.fiscalYear = newOrder.getYear();
            draft.directionCode = newOrder.getDirection();
            draft.title = newOrder.getTitle();
            draft.budgetName = newOrder.getBudget();
            SocialOrder created = service.create(draft);
            FacesErrors.info(Bundle.text("order.created", String.valueOf(created.getFiscalYear())));
            return "/order/order?faces-redirect=true&id=" + created.getId();
        } catch (BusinessException e) {
            FacesErrors.show(e, "newForm");
            return null;
        }
    }

    /** What the dialog holds (its inputs are bound to it). */
    public NewOrder getNewOrder() {
        return newOrder;
    }

    /** Only a clerk bound to an authority starts orders. */
    public boolean isCanCreate() {
        return shell.getCaller().has(Role.AUTHORITY_CLERK) && shell.getCaller().authorityId() != null;
    }

    /** Administrators and observers see every authority and filter by one. */
    public boolean isAuthorityFilter() {
        return shell.isAdmin() || shell.getCaller().has(Role.OBSERVER);
    }

    public List<OptionItem> getAuthorities() {
        if (authorities == null) {
            authorities = catalog.authorityOptions();
        }
        return authorities;
    }

    public List<CodeItem> getDirections() {
        if (directions == null) {
            directions = service.myDirections();
        }
        return directions;
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

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }
}
