package ru.socorder.service.catalog;

import java.io.Serializable;
import java.time.LocalDate;
import ru.socorder.model.catalog.Licence;

/** A licence as entered (screen, API, import). */
public class LicenceDraft implements Serializable {
    private static final long serialVersionUID = 1L;

    private String number;
    private LocalDate issuedOn;
    private String issuer;
    private String activity;
    private LocalDate validUntil;

    public static LicenceDraft of(Licence l) {
        LicenceDraft d = new LicenceDraft();
        d.number = l.getNumber();
        d.issuedOn = l.getIssuedOn();
        d.issuer = l.getIssuer();
        d.activity = l.getActivity();
        d.validUntil = l.getValidUntil();
        return d;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
