package ru.socorder.service.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.catalog.Executor;

/**
 * An executor as entered: on the screen, in the API (JSON body) and in an import row. Identifiers are raw text;
 * {@link ExecutorRules} decides what is valid, so the three ways in share one rule set.
 */
public class ExecutorDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private Long version;
    private String type;
    private String fullName;
    private String shortName;
    private String inn;
    private String kpp;
    private String ogrn;
    private String snils;
    private Long territoryId;
    private String address;
    private String headName;
    private String headPosition;
    private String phone;
    private String email;
    private boolean nonProfit;
    private boolean receivesStateSupport;
    private boolean specialNameSchool;
    private List<LicenceDraft> licences = new ArrayList<>();

    public static ExecutorDraft of(Executor e) {
        ExecutorDraft d = new ExecutorDraft();
        d.id = e.getId();
        d.version = e.getVersion();
        d.type = e.getType().name();
        d.fullName = e.getFullName();
        d.shortName = e.getShortName();
        d.inn = e.getInn().value();
        d.kpp = e.getKpp() == null ? null : e.getKpp().value();
        d.ogrn = e.getOgrn() == null ? null : e.getOgrn().value();
        d.snils = e.getSnils() == null ? null : e.getSnils().formatted();
        d.territoryId = e.getTerritory() == null ? null : e.getTerritory().getId();
        d.address = e.getAddress();
        d.headName = e.getHeadName();
        d.headPosition = e.getHeadPosition();
        d.phone = e.getPhone();
        d.email = e.getEmail();
        d.nonProfit = e.isNonProfit();
        d.receivesStateSupport = e.isReceivesStateSupport();
        d.specialNameSchool = e.isSpecialNameSchool();
        e.getLicences().forEach(l -> d.licences.add(LicenceDraft.of(l)));
        return d;
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

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public String getSnils() {
        return snils;
    }

    public void setSnils(String snils) {
        this.snils = snils;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadPosition() {
        return headPosition;
    }

    public void setHeadPosition(String headPosition) {
        this.headPosition = headPosition;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isNonProfit() {
        return nonProfit;
    }

    public void setNonProfit(boolean nonProfit) {
        this.nonProfit = nonProfit;
    }

    public boolean isReceivesStateSupport() {
        return receivesStateSupport;
    }

    public void setReceivesStateSupport(boolean receivesStateSupport) {
        this.receivesStateSupport = receivesStateSupport;
    }

    public boolean isSpecialNameSchool() {
        return specialNameSchool;
    }

    public void setSpecialNameSchool(boolean specialNameSchool) {
        this.specialNameSchool = specialNameSchool;
    }

    public List<LicenceDraft> getLicences() {
        return licences;
    }

    public void setLicences(List<LicenceDraft> licences) {
        this.licences = licences;
    }
}
