package ru.socorder.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import ru.socorder.model.identifier.Snils;

/** Законный представитель of a child: full name, contacts, the document that proves the representation, СНИЛС. */
@Embeddable
public class LegalRepresentative implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "rep_last_name", length = 100)
    private String lastName;

    @Column(name = "rep_first_name", length = 100)
    private String firstName;

    @Column(name = "rep_middle_name", length = 100)
    private String middleName;

    @Column(name = "rep_phone", length = 100)
    private String phone;

    @Column(name = "rep_email", length = 200)
    private String email;

    /** e.g. «паспорт 4012 123456, выдан …» or «свидетельство о рождении II-АК 123456» */
    @Column(name = "rep_document", length = 300)
    private String document;

    @Column(name = "rep_snils", length = 11)
    private Snils snils;

    protected LegalRepresentative() {
    }

    public LegalRepresentative(String lastName, String firstName, String middleName, String phone, String email, String document,
                               Snils snils) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
        this.phone = phone;
        this.email = email;
        this.document = document;
        this.snils = snils;
    }

    public String getFullName() {
        return Consumer.fullName(lastName, firstName, middleName);
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getDocument() {
        return document;
    }

    public Snils getSnils() {
        return snils;
    }
}
