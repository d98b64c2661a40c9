package ru.socorder.web.certificate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.service.certificate.CertificateLifecycle;
import ru.socorder.service.certificate.CertificateRow;
import ru.socorder.service.certificate.Certificates;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.lifecycle.HistoryEntry;
import ru.socorder.web.shell.FacesErrors;

/** Карточка сертификата: the data, the balance (nominal, allocated, consumed, available), the ledger, the steps, the history. */
@Named("certificateCard")
@ViewScoped
public class CertificateCardBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Certificates certificates;

    private String number;
    private CertificateRow row;
    private Balance balance;
    private List<CertificateMovement> ledger;
    private List<CertificateLifecycle.Action> actions;
    private List<HistoryEntry> history;
    private CertificateLifecycle.Action action;
    private String comment;

    public void load() {
        if (row == null && number != null) {
            reload();
        }
    }

    private void reload() {
        Certificate c = certificates.get(number);
        row = CertificateRow.of(c);
        balance = certificates.balance(number);
        ledger = certificates.ledger(number);
        actions = certificates.actions(number);
        history = certificates.history(number);
    }

    public void choose(CertificateLifecycle.Action a) {
        action = a;
        comment = null;
    }

    public void perform() {
        try {
            certificates.transition(number, row.version(), action, comment);
            FacesErrors.info("Сертификат: " + CertificateLifecycle.label(action));
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, "stepForm");
        }
    }

    public String actionLabel(CertificateLifecycle.Action a) {
        return CertificateLifecycle.label(a);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CertificateRow getRow() {
        return row;
    }

    public Balance getBalance() {
        return balance;
    }

    public List<CertificateMovement> getLedger() {
        return ledger;
    }

    public List<CertificateLifecycle.Action> getActions() {
        return actions;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public CertificateLifecycle.Action getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
