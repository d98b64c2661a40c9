package ru.socorder.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** A licence of an executor (e.g. for educational activity); the basis for inclusion in the registry. */
@Embeddable
public class Licence implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 100)
    private String number;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(length = 500)
    private String issuer;

    @Column(length = 500)
    private String activity;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Licence() {
    }

    public Licence(String number, LocalDate issuedOn, String issuer, String activity, LocalDate validUntil) {
        this.number = number;
        this.issuedOn = issuedOn;
        this.issuer = issuer;
        this.activity = activity;
        this.validUntil = validUntil;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getActivity() {
        return activity;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
