package ru.socorder.service.catalog;

import java.io.Serializable;
import ru.socorder.model.catalog.AuthorisedBody;

/** An authorised body as edited on the screen or in the API. */
public class AuthorityForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private Long version;
    private String fullName;
    private String shortName;
    private Long territoryId;
    private String inn;
    private String kpp;
    private String ogrn;
    private String okpo;
    private String budgetChapterCode;
    private String headPosition;
    private String headName;
    private java.util.List<Long> directionIds = new java.util.ArrayList<>();

    public static AuthorityForm of(AuthorisedBody e) {
        AuthorityForm f = new AuthorityForm();
        f.id = e.getId();
        f.version = e.getVersion();
        f.fullName = e.getFullName();
        f.shortName = e.getShortName();
        f.territoryId = e.getTerritory().getId();
        f.inn = e.getInn() == null ? null : e.getInn().value();
        f.kpp = e.getKpp() == null ? null : e.getKpp().value();
        f.ogrn = e.getOgrn() == null ? null : e.getOgrn().value();
        f.okpo = e.getOkpo();
        f.budgetChapterCode = e.getBudgetChapterCode();
        f.headPosition = e.getHeadPosition();
        f.headName = e.getHeadName();
        f.directionIds = new java.util.ArrayList<>(e.getDirections().stream().map(d -> d.getId()).toList());
        return f;
    }

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

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getInn() {
        return inn;
    }

    public void setInn(String inn) {
        this.inn = inn;
    }

    public String getKpp() {
        return kpp;
    }

    public void setKpp(String kpp) {
        this.kpp = kpp;
    }

    public String getOgrn() {
        return ogrn;
    }

    public void setOgrn(String ogrn) {
        this.ogrn = ogrn;
    }

    public String getOkpo() {
        return okpo;
    }

    public void setOkpo(String okpo) {
        this.okpo = okpo;
    }

    public String getBudgetChapterCode() {
        return budgetChapterCode;
    }

    public void setBudgetChapterCode(String budgetChapterCode) {
        this.budgetChapterCode = budgetChapterCode;
    }

    public String getHeadPosition() {
        return headPosition;
    }

    public void setHeadPosition(String headPosition) {
        this.headPosition = headPosition;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public java.util.List<Long> getDirectionIds() {
        return directionIds;
    }

    public void setDirectionIds(java.util.List<Long> directionIds) {
        this.directionIds = directionIds;
    }
}
