package ru.socorder.service.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.agreement.AgreementSetting;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.service.agreement.AgreementDrafts;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * «Настройки оплаты»: an authority's payment settings — the advance share its new agreements start with and the
 * working day of the month its advances and acts are paid on ({@link AgreementSetting}, one row per authority;
 * without a row the global defaults). Read by the authority's staff, administrators and observers; changed by the
 * administrator and the authority's approver (its head) — {@code security.SelectionRights}; every change is audited
 * with the values before and after. A change applies to runs built after it: an approved month keeps the pay day its
 * run was built with ({@code payment_run.pay_on}), a month not yet approved takes the new day when it is run again.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class PaymentSettings {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AgreementDrafts drafts;

    @EJB
    private PaymentSource source;

    @EJB
    private AuditLog audit;

    /** The authorities whose settings the caller may see (the own one for its staff; all for administrators and observers). */
    public List<OptionItem> authorities() {
        DataScope scope = DataScope.authority(currentUser.get(), "a.id");
        return scope.bind(em.createQuery("select new ru.socorder.service.catalog.OptionItem(a.id, a.shortName) from AuthorisedBody a "
                + "where 1 = 1" + scope.and() + " order by a.shortName", OptionItem.class)).getResultList();
    }

    public PaymentSettingsView get(long authorityId) {
        Caller caller = currentUser.get();
        require(caller, Rights.Action.READ, authorityId);
        return view(caller, authorityId, em.find(AgreementSetting.class, authorityId));
    }

    /**
     * Saves both values (rights first, then the input: 400 naming {@code advanceShare} / {@code advanceWorkingDay});
     * a version read earlier that is no longer current is 409.
     */
    public PaymentSettingsView save(long authorityId, PaymentSettingsForm form) {
        Caller caller = currentUser.get();
        require(caller, Rights.Action.EDIT, authorityId);
        PaymentSettingsForm f = form == null ? new PaymentSettingsForm() : form;
        List<FieldError> errors = new ArrayList<>();
        String share = AgreementSetting.shareProblem(f.advanceShare);
        if (share != null) {
            errors.add(new FieldError("advanceShare", share));
        }
        String day = AgreementSetting.workingDayProblem(f.advanceWorkingDay);
        if (day != null) {
            errors.add(new FieldError("advanceWorkingDay", day));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        AgreementSetting setting = em.find(AgreementSetting.class, authorityId, LockModeType.PESSIMISTIC_WRITE);
        if (f.version != null && f.version != (setting == null ? 0 : setting.getVersion())) {
            throw Conflict.staleVersion();
        }
        String before = values(defaultShare(authorityId, setting), workingDay(authorityId, setting));
        if (setting == null) {
            setting = new AgreementSetting(authorityId, f.advanceShare, f.advanceWorkingDay);
            em.persist(setting);
        } else {
            setting.change(f.advanceShare, f.advanceWorkingDay);
        }
        String after = values(setting.getAdvanceShare(), setting.getPayWorkingDay());
        if (!before.equals(after)) {
            audit.record(AuditEvent.PAYMENT_SETTINGS_CHANGED, RecordKind.AUTHORITY, authorityId, "было: " + before + "; стало: " + after);
        }
        DatabaseErrors.flush(em, java.util.Map.of());
        return view(caller, authorityId, setting);
    }

    private PaymentSettingsView view(Caller caller, long authorityId, AgreementSetting s) {
        AuthorisedBody body = em.find(AuthorisedBody.class, authorityId);
        return new PaymentSettingsView(authorityId, body.getShortName(), defaultShare(authorityId, s), workingDay(authorityId, s), s != null,
                s == null ? 0 : s.getVersion(), caller.can(Rights.Action.EDIT, Rights.of(AgreementSetting.class, authorityId)));
    }

    private BigDecimal defaultShare(long authorityId, AgreementSetting s) {
        return s != null ? s.getAdvanceShare() : drafts.defaultShare(authorityId);
    }

    private int workingDay(long authorityId, AgreementSetting s) {
        return s != null ? s.getPayWorkingDay() : source.payWorkingDay(authorityId);
    }

    private static String values(BigDecimal share, int day) {
        return "доля аванса " + ru.socorder.model.common.RussianText.number(share, ' ') + " %, рабочий день оплаты " + day;
    }

    /** An authority the caller may not see is not found; one it sees but may not change is 403. */
    private void require(Caller caller, Rights.Action action, long authorityId) {
        if (!caller.can(Rights.Action.READ, Rights.of(AgreementSetting.class, authorityId)) || em.find(AuthorisedBody.class, authorityId) == null) {
            throw new NotFound("Уполномоченный орган не найден");
        }
        caller.require(action, Rights.of(AgreementSetting.class, authorityId));
    }
}
