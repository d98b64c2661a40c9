package ru.socorder.service.decision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The header of a decision as a clerk records it (screen and API). */
public class DecisionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long territoryId;
    private String issuer;
    private String actType = "Постановление";
    private String number;
    private LocalDate date;
    private String title;
    private LocalDate effectiveFrom;
    private LocalDate retroactiveFrom;
    private LocalDate validUntil;
    private Long amendsId;
    private String amendsText;
    private String signatoryPosition;
    private String signatoryName;
    private String controlOfficial;
    private List<Long> authorityIds = new ArrayList<>();
    private List<String> directionCodes = new ArrayList<>();
    private boolean standardStages = true;

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getActType() {
        return actType;
    }

    public void setActType(String actType) {
        this.actType = actType;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getRetroactiveFrom() {
        return retroactiveFrom;
    }

    public void setRetroactiveFrom(LocalDate retroactiveFrom) {
        this.retroactiveFrom = retroactiveFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Long getAmendsId() {
        return amendsId;
    }

    public void setAmendsId(Long amendsId) {
        this.amendsId = amendsId;
    }

    public String getAmendsText() {
        return amendsText;
    }

    public void setAmendsText(String amendsText) {
        this.amendsText = amendsText;
    }

    public String getSignatoryPosition() {
        return signatoryPosition;
    }

    public void setSignatoryPosition(String signatoryPosition) {
        this.signatoryPosition = signatoryPosition;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public String getControlOfficial() {
        return controlOfficial;
    }

    public void setControlOfficial(String controlOfficial) {
        this.controlOfficial = controlOfficial;
    }

    public List<Long> getAuthorityIds() {
        return authorityIds;
    }

    public void setAuthorityIds(List<Long> authorityIds) {
        this.authorityIds = authorityIds == null ? new ArrayList<>() : new ArrayList<>(authorityIds);
    }

    public List<String> getDirectionCodes() {
        return directionCodes;
    }

    public void setDirectionCodes(List<String> directionCodes) {
        this.directionCodes = directionCodes == null ? new ArrayList<>() : new ArrayList<>(directionCodes);
    }

    /** Create the seven standard approbation stages (domain.md §5.7a) for a new decision. */
    public boolean isStandardStages() {
        return standardStages;
    }

    public void setStandardStages(boolean standardStages) {
        this.standardStages = standardStages;
    }
}
