package ru.socorder.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Kpp;
import ru.socorder.model.identifier.Ogrn;

/** Уполномоченный орган: the state or municipal body that forms the social order and selects executors. */
@Entity
@Table(name = "authorised_body")
public class AuthorisedBody {
    @Id
    @SequenceGenerator(name = "authorised_body_seq", sequenceName = "authorised_body_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authorised_body_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "full_name", nullable = false, length = 1000)
    private String fullName;

    @Column(name = "short_name", nullable = false, length = 300)
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(length = 12)
    private Inn inn;

    @Column(length = 9)
    private Kpp kpp;

    @Column(length = 15)
    private Ogrn ogrn;

    @Column(length = 10)
    private String okpo;

    @Column(name = "budget_chapter_code", length = 3)
    private String budgetChapterCode;

    @Column(name = "head_position", length = 500)
    private String headPosition;

    @Column(name = "head_name", length = 300)
    private String headName;

    @ManyToMany
    @JoinTable(name = "authorised_body_direction",
            joinColumns = @JoinColumn(name = "authorised_body_id"),
            inverseJoinColumns = @JoinColumn(name = "direction_id"))
    @OrderBy("code")
    private Set<ActivityDirection> directions = new LinkedHashSet<>();

    protected AuthorisedBody() {
    }

    public AuthorisedBody(String fullName, String shortName, Territory territory) {
        this.fullName = fullName;
        this.shortName = shortName;
        this.territory = territory;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
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

    public Set<ActivityDirection> getDirections() {
        return directions;
    }
}
