package ru.socorder.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.socorder.model.registry.ServiceNormative;
import ru.socorder.model.security.Role;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.registry.NormativeForm;
import ru.socorder.service.registry.ServiceNormatives;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;
import ru.socorder.web.shell.ShellBean;

/** «Нормативные затраты»: the normative cost of a человеко-час of the territory's services per year, added and changed in a dialog. */
@Named("normatives")
@ViewScoped
public class NormativesBean extends ListBean<ServiceNormative> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceNormatives normatives;

    @EJB
    private ServiceCatalog serviceCatalog;

    @Inject
    private ShellBean shell;

    private Integer year;
    private NormativeForm form = new NormativeForm();
    private OptionItem service;
    private Long editId;
    private long editVersion;

    @Override
    protected PagedModel<ServiceNormative> createModel() {
        ServiceNormatives s = normatives;
        NormativesBean self = this;
        return new PagedModel<>(r -> s.list(r, self.year, null), ServiceNormative::getId);
    }

    public boolean isEditor() {
        return shell.isAdmin() || shell.getCaller().has(Role.AUTHORITY_CLERK);
    }

    public List<OptionItem> completeService(String query) {
        Long territory = shell.getCaller().authorityTerritoryId();
        return territory == null ? List.of() : serviceCatalog.options(territory, query, List.of());
    }

    public void prepareNew() {
        form = new NormativeForm();
        form.setYear(java.time.LocalDate.now().getYear());
        service = null;
        editId = null;
    }

    public void prepareEdit(ServiceNormative n) {
        form = new NormativeForm();
        form.setServiceId(n.getService().getId());
        form.setYear(n.getYear());
        form.setBaseCost(n.getBaseCost());
        form.setTerritorialCoefficient(n.getTerritorialCoefficient());
        form.setSectoralCoefficient(n.getSectoralCoefficient());
        service = new OptionItem(n.getService().getId(), n.getService().getRegistryNumber().formatted() + " — " + n.getService().getName());
        editId = n.getId();
        editVersion = n.getVersion();
    }

    public void save() {
        try {
            if (editId == null) {
                form.setServiceId(service == null ? null : service.id());
                normatives.create(form);
            } else {
                normatives.update(editId, editVersion, form);
            }
            FacesErrors.info(Bundle.text("registry.saved"));
            PrimeFaces.current().ajax().update("listForm");
            PrimeFaces.current().executeScript("PF('normativeDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "normativeForm");
        }
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public NormativeForm getForm() {
        return form;
    }

    public OptionItem getService() {
        return service;
    }

    public void setService(OptionItem service) {
        this.service = service;
    }
}
