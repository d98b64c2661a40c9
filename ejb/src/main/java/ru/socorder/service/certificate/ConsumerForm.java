package ru.socorder.service.certificate;

import java.io.Serializable;
import java.time.LocalDate;

/** A consumer (child) as registered or edited: name, birth date, СНИЛС, territory, legal representative, category. */
public class ConsumerForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long version;
    private Long territoryId;
    private String lastName;
    private String firstName;
    private String middleName;
    private LocalDate birthDate;
    private String snils;
    private String address;
    private String category;
    private String repLastName;
    private String repFirstName;
    private String repMiddleName;
    private String repPhone;
    private String repEmail;
    private String repDocument;
    private String repSnils;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSnils() {
        return snils;
    }

    public void setSnils(String snils) {
        this.snils = snils;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getRepLastName() {
        return repLastName;
    }

    public void setRepLastName(String repLastName) {
        this.repLastName = repLastName;
    }

    public String getRepFirstName() {
        return repFirstName;
    }

    public void setRepFirstName(String repFirstName) {
        this.repFirstName = repFirstName;
    }

    public String getRepMiddleName() {
        return repMiddleName;
    }

    public void setRepMiddleName(String repMiddleName) {
        this.repMiddleName = repMiddleName;
    }

    public String getRepPhone() {
        return repPhone;
    }

    public void setRepPhone(String repPhone) {
        this.repPhone = repPhone;
    }

    public String getRepEmail() {
        return repEmail;
    }

    public void setRepEmail(String repEmail) {
        this.repEmail = repEmail;
    }

    public String getRepDocument() {
        return repDocument;
    }

    public void setRepDocument(String repDocument) {
        this.repDocument = repDocument;
    }

    public String getRepSnils() {
        return repSnils;
    }

    public void setRepSnils(String repSnils) {
        this.repSnils = repSnils;
    }
}
