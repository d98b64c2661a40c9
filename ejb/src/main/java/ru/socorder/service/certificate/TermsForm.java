package ru.socorder.service.certificate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Certificate terms of a territory and year as the screen and the API edit them (dates ISO, amounts in roubles with kopecks). */
public class TermsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    private Long territoryId;
    private Integer year;
    private LocalDate validFrom;
    private LocalDate validTo;
    private BigDecimal nominalHours;
    private BigDecimal nominalAmount;
    private Integer ageFrom;
    private Integer ageTo;
    private String onePer;
    private Integer answerDays;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

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

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public BigDecimal getNominalHours() {
        return nominalHours;
    }

    public void setNominalHours(BigDecimal nominalHours) {
        this.nominalHours = nominalHours;
    }

    public BigDecimal getNominalAmount() {
        return nominalAmount;
    }

    public void setNominalAmount(BigDecimal nominalAmount) {
        this.nominalAmount = nominalAmount;
    }

    public Integer getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(Integer ageFrom) {
        this.ageFrom = ageFrom;
    }

    public Integer getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(Integer ageTo) {
        this.ageTo = ageTo;
    }

    public String getOnePer() {
        return onePer;
    }

    public void setOnePer(String onePer) {
        this.onePer = onePer;
    }

    public Integer getAnswerDays() {
        return answerDays;
    }

    public void setAnswerDays(Integer answerDays) {
        this.answerDays = answerDays;
    }
}
