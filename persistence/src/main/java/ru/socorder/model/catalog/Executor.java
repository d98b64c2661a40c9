package ru.socorder.model.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Kpp;
import ru.socorder.model.identifier.Ogrn;
import ru.socorder.model.identifier.Snils;

/**
 * Исполнитель услуг: an institution, NGO, company, individual entrepreneur or natural person. Unique by ИНН+КПП
 * ({@code identity_key}).
 */
@Entity
@Table(name = "executor")
public class Executor {
    @Id
    @SequenceGenerator(name = "executor_seq", sequenceName = "executor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "executor_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ExecutorType type;

    @Column(name = "full_name", nullable = false, length = 1000)
    private String fullName;

    @Column(name = "short_name", length = 300)
    private String shortName;

    @Column(nullable = false, length = 12)
    private Inn inn;

    @Column(length = 9)
    private Kpp kpp;

    @Column(length = 15)
    private Ogrn ogrn;

    @Column(length = 11)
    private Snils snils;

    /** ИНН/КПП, the natural key the database keeps unique. */
    @Column(name = "identity_key", nullable = false, unique = true, length = 30)
    private String identityKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    @Column(length = 1000)
    private String address;

    @Column(name = "head_name", length = 300)
    private String headName;

    @Column(name = "head_position", length = 300)
    private String headPosition;

    @Column(length = 100)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(name = "non_profit", nullable = false)
    private boolean nonProfit;

    @Column(name = "state_support", nullable = false)
    private boolean receivesStateSupport;

    @Column(name = "special_name_school", nullable = false)
    private boolean specialNameSchool;

    @ElementCollection
    @CollectionTable(name = "executor_licence", joinColumns = @JoinColumn(name = "executor_id"))
    @OrderColumn(name = "position")
    private List<Licence> licences = new ArrayList<>();

    protected Executor() {
    }

    public Executor(ExecutorType type, String fullName, Inn inn) {
        this.type = type;
        this.fullName = fullName;
        this.inn = inn;
    }

    @PrePersist
    @PreUpdate
    void computeIdentityKey() {
        identityKey = identityKey(inn, kpp);
    }

    public static String identityKey(Inn inn, Kpp kpp) {
        return inn.value() + "/" + (kpp == null ? "" : kpp.value());
    }

    /** ИНН/КПП as written in the audit log. */
    public String getIdentityKeyForAudit() {
        return identityKey(inn, kpp) + " " + fullName;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ExecutorType getType() {
        return type;
    }

    public void setType(ExecutorType type) {
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

    public String getDisplayName() {
        return shortName != null && !shortName.isBlank() ? shortName : fullName;
    }

    public Inn getInn() {
        return inn;
    }

    public void setInn(Inn inn) {
        this.inn = inn;
    }

    public Kpp getKpp() {
        return kpp;
    }

    public void setKpp(Kpp kpp) {
        this.kpp = kpp;
    }

    public Ogrn getOgrn() {
        return ogrn;
    }

    public void setOgrn(Ogrn ogrn) {
        this.ogrn = ogrn;
    }

    public Snils getSnils() {
        return snils;
    }

    public void setSnils(Snils snils) {
        this.snils = snils;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
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

    public List<Licence> getLicences() {
        return licences;
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
}
