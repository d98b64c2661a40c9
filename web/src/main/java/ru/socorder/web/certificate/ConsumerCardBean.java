package ru.socorder.web.certificate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.ConsumerStatus;
import ru.socorder.model.certificate.LegalRepresentative;
import ru.socorder.service.certificate.ConsumerForm;
import ru.socorder.service.certificate.ConsumerRow;
import ru.socorder.service.certificate.Consumers;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.web.shell.FacesErrors;

/**
 * Карточка получателя: a new child's registration, or an existing one shown masked; the full personal data appear
 * only on the clerk's request («Показать персональные данные», a postback: every view is audited) and can then be
 * edited; a held record shows its candidate with the two decisions.
 */
@Named("consumerCard")
@ViewScoped
public class ConsumerCardBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Consumers consumers;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private ConsumerRow row;
    private ConsumerForm form;
    private boolean personalShown;

    public void load() {
        if (row == null && id != null) {
            row = consumers.row(id);
        }
        if (id == null && form == null) {
            form = new ConsumerForm();
        }
    }

    /** Whether the caller may register children (and see personal data) in its territory. */
    public boolean isClerk() {
        Long territory = currentUser.get().authorityTerritoryId();
        return territory != null && currentUser.get().can(Rights.Action.CREATE, Rights.of(Consumer.class, territory));
    }

    public void showPersonal() {
        try {
            Consumer c = consumers.get(id);
            form = formOf(c);
            personalShown = true;
        } catch (BusinessException e) {
            FacesErrors.show(e, "consumerForm");
        }
    }

    public String save() {
        try {
            Consumer saved = id == null ? consumers.register(form) : consumers.update(id, form);
            FacesErrors.info(saved.getStatus() == ConsumerStatus.HELD
                    ? "Получатель зарегистрирован и задержан: возможно, он уже есть в системе (запись № " + saved.getDuplicateOf().getId() + ")"
                    : "Сведения о получателе сохранены");
            return "/certificate/consumer?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessException e) {
            FacesErrors.show(e, "consumerForm");
            return null;
        }
    }

    public String resolve(String how) {
        try {
            Consumer stays = consumers.resolve(id, row.version(), Consumers.Resolution.valueOf(how));
            FacesErrors.info("Решение по возможному дубликату принято");
            return "/certificate/consumer?faces-redirect=true&id=" + stays.getId();
        } catch (BusinessException e) {
            FacesErrors.show(e, "consumerForm");
            return null;
        }
    }

    private static ConsumerForm formOf(Consumer c) {
        ConsumerForm f = new ConsumerForm();
        f.setVersion(c.getVersion());
        f.setTerritoryId(c.getTerritory().getId());
        f.setLastName(c.getLastName());
        f.setFirstName(c.getFirstName());
        f.setMiddleName(c.getMiddleName());
        f.setBirthDate(c.getBirthDate());
        f.setSnils(c.getSnils() == null ? null : c.getSnils().formatted());
        f.setAddress(c.getAddress());
        f.setCategory(c.getCategory());
        LegalRepresentative r = c.getRepresentative();
        if (r != null) {
            f.setRepLastName(r.getLastName());
            f.setRepFirstName(r.getFirstName());
            f.setRepMiddleName(r.getMiddleName());
            f.setRepPhone(r.getPhone());
            f.setRepEmail(r.getEmail());
            f.setRepDocument(r.getDocument());
            f.setRepSnils(r.getSnils() == null ? null : r.getSnils().formatted());
        }
        return f;
    }

    public boolean isFormShown() {
        return id == null || personalShown;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConsumerRow getRow() {
        return row;
    }

    public ConsumerForm getForm() {
        return form;
    }

    public boolean isPersonalShown() {
        return personalShown;
    }
}
