package ru.socorder.web.enrolment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.service.certificate.ContractLifecycle;
import ru.socorder.service.certificate.enrolment.ContractView;
import ru.socorder.service.certificate.enrolment.Contracts;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** «Договоры с потребителями»: the contracts of the caller's side (an executor sees its own only), by status; cards open from the list. */
@Named("contracts")
@ViewScoped
public class ContractsBean extends ListBean<ContractView> {
    private static final long serialVersionUID = 1L;

    @EJB
    private Contracts service;

    private ContractStatus status;

    @Override
    protected PagedModel<ContractView> createModel() {
        Contracts s = service;
        ContractsBean self = this;
        return new PagedModel<>(r -> s.list(r, self.status, null), ContractView::id);
    }

    public ContractStatus[] getStatuses() {
        return ContractStatus.values();
    }

    public String label(ContractStatus s) {
        return ContractLifecycle.label(s);
    }

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }
}
