package ru.socorder.web.payment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import ru.socorder.model.agreement.AgreementSetting;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.payment.PaymentSettings;
import ru.socorder.service.payment.PaymentSettingsForm;
import ru.socorder.service.payment.PaymentSettingsView;
import ru.socorder.web.shell.FacesErrors;

/**
 * «Настройки оплаты»: an authority of the caller's scope chosen, its advance share of new agreements and the working
 * day of the month its advances are paid on — editable by the administrator and the authority's approver, shown as
 * text to the clerk and observers (the boundary decides, {@link PaymentSettingsView#editable()}).
 */
@Named("paymentSettings")
@ViewScoped
public class PaymentSettingsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PaymentSettings settings;

    private List<OptionItem> authorities;
    private Long authorityId;
    private PaymentSettingsView view;
    private final PaymentSettingsForm form = new PaymentSettingsForm();

    @PostConstruct
    void init() {
        authorities = settings.authorities();
        if (!authorities.isEmpty()) {
            authorityId = authorities.get(0).id();
        }
        load();
    }

    /** Reads the chosen authority's settings again. */
    public void load() {
        view = null;
        if (authorityId == null) {
            return;
        }
        try {
            show(settings.get(authorityId));
        } catch (BusinessException e) {
            FacesErrors.show(e, "settingsForm");
        }
    }

    public void save() {
        try {
            show(settings.save(authorityId, form));
            FacesErrors.info("Настройки оплаты сохранены");
        } catch (BusinessException e) {
            FacesErrors.show(e, "settingsForm");
        }
    }

    private void show(PaymentSettingsView v) {
        view = v;
        form.advanceShare = v.advanceShare();
        form.advanceWorkingDay = v.advanceWorkingDay();
        form.version = v.version();
    }

    /** The working days a payment may be set on: 1..10. */
    public List<Integer> getWorkingDays() {
        return IntStream.rangeClosed(AgreementSetting.FIRST_WORKING_DAY, AgreementSetting.LAST_WORKING_DAY).boxed().toList();
    }

    public String share(java.math.BigDecimal share) {
        return share == null ? "" : RussianText.number(share) + " %";
    }

    /** The explanation line for the day chosen (before the save too). */
    public String getExplanation() {
        return form.advanceWorkingDay == null ? "" : PaymentSettingsView.explanation(form.advanceWorkingDay);
    }

    public boolean isEditable() {
        return view != null && view.editable();
    }

    public List<OptionItem> getAuthorities() {
        return authorities;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public PaymentSettingsView getView() {
        return view;
    }

    public PaymentSettingsForm getForm() {
        return form;
    }
}
