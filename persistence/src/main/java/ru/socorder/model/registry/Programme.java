package ru.socorder.model.registry;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.SocialService;

/**
 * Дополнительная общеразвивающая программа — the unit parents choose: a service of the executor with its
 * направленность, form, age range (inclusive, completed years), duration and hours, addresses, capacity and groups.
 * Its price is the normative cost of a человеко-час × hours, kept unrounded (six decimals); it is fixed when the
 * authority certifies the programme, and a contract takes it over rounded to kopecks.
 */
@Entity
@Table(name = "programme")
public class Programme {
    @Id
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    private Long id;

    @Version
    private long version;

    /** The authority that certifies it (whose registry the executor is in). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false)
    private Executor executor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private SocialService service;

    /** The registry application that brought it, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private RegistryApplication application;

    @Column(nullable = false, length = 1000)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Orientation orientation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeForm form = ProgrammeForm.FULL_TIME;

    @Column(name = "age_from", nullable = false)
    private int ageFrom;

    @Column(name = "age_to", nullable = false)
    private int ageTo;

    @Column(name = "duration_months", nullable = false)
    private int durationMonths;

    /** человеко-часы of the whole programme for one child */
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal hours;

    /** children the programme takes at once, over all its groups */
    @Column(nullable = false)
    private int capacity;

    @Column(length = 4000)
    private String description;

    @ElementCollection
    @CollectionTable(name = "programme_address", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "address", nullable = false, length = 1000)
    private List<String> addresses = new ArrayList<>();

    /** The unit cost the price was computed from (null until certified). */
    @Column(name = "normative_cost", precision = 19, scale = 6)
    private BigDecimal normativeCost;

    /** unit cost × hours, unrounded (null until certified) */
    @Column(precision = 19, scale = 6)
    private BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;

    @OneToMany(mappedBy = "programme")
    @OrderBy("startsOn")
    private List<ProgrammeGroup> groups = new ArrayList<>();

    protected Programme() {
    }

    public Programme(AuthorisedBody authority, Executor executor, SocialService service, String name, Orientation orientation) {
        this.authority = authority;
        this.executor = executor;
        this.service = service;
        this.name = name;
        this.orientation = orientation;
    }

    /** Whether a child born on the date is within the age range on the date (completed years, both ends inclusive). */
    public boolean admitsAge(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        return age >= ageFrom && age <= ageTo;
    }

    /** Fixes the price on certification: the unit cost it was computed from and the unrounded price. */
    public void price(BigDecimal unitCost, BigDecimal computedPrice) {
        this.normativeCost = unitCost;
        this.price = computedPrice;
    }

    /** Only a draft or a returned programme is changed by its executor. */
    public boolean isEditable() {
        return status == ProgrammeStatus.DRAFT || status == ProgrammeStatus.RETURNED;
    }

    /** Parents may enrol only on a certified programme. */
    public boolean isOpen() {
        return status == ProgrammeStatus.CERTIFIED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }

    public Executor getExecutor() {
        return executor;
    }

    public SocialService getService() {
        return service;
    }

    /** Another service, while the programme is a draft or returned (the price follows the service's normative). */
    public void setService(SocialService service) {
        this.service = service;
    }

    public RegistryApplication getApplication() {
        return application;
    }

    public void setApplication(RegistryApplication application) {
        this.application = application;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Orientation getOrientation() {
        return orientation;
    }

    public void setOrientation(Orientation orientation) {
        this.orientation = orientation;
    }

    public ProgrammeForm getForm() {
        return form;
    }

    public void setForm(ProgrammeForm form) {
        this.form = form;
    }

    public int getAgeFrom() {
        return ageFrom;
    }

    public int getAgeTo() {
        return ageTo;
    }

    /** Ages in completed years, both inclusive. */
    public void setAges(int from, int to) {
        this.ageFrom = from;
        this.ageTo = to;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(int durationMonths) {
        this.durationMonths = durationMonths;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getAddresses() {
        return addresses;
    }

    public BigDecimal getNormativeCost() {
        return normativeCost;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }

    public List<ProgrammeGroup> getGroups() {
        return groups;
    }
}
