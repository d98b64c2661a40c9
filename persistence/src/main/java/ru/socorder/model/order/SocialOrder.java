package ru.socorder.model.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;

/**
 * One version of a social order (государственный / муниципальный социальный заказ) of an authority for a direction,
 * for a financial year and the two planning years. Versions of the same order share {@code familyId}; an approved
 * or published version is never edited — amending makes the next version.
 */
@Entity
@Table(name = "social_order")
public class SocialOrder {
    @Id
    @SequenceGenerator(name = "social_order_seq", sequenceName = "social_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_order_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "direction_id")
    private ActivityDirection direction;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "as_of_date")
    private LocalDate asOfDate;

    @Column(name = "budget_name", length = 500)
    private String budgetName;

    @Column(name = "beyond_plan_until")
    private Integer beyondPlanUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status = OrderStatus.DRAFT;

    @Column(name = "version_number", nullable = false)
    private int versionNumber = 1;

    @Column(name = "family_id")
    private Long familyId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private SocialOrder previous;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    protected SocialOrder() {
    }

    public SocialOrder(AuthorisedBody authority, ActivityDirection direction, int fiscalYear, String title) {
        this.authority = authority;
        this.direction = direction;
        this.fiscalYear = fiscalYear;
        this.title = title;
    }

    /** «первичный» for the first version, «изменённый» for amendments. */
    public boolean isChanged() {
        return versionNumber > 1;
    }

    /**
     * The periods of the order: the financial year, the two planning years and, when the service lasts longer
     * ({@link #getBeyondPlanUntil()}), the period beyond the plan.
     */
    public PlanningPeriod getPeriod() {
        return new PlanningPeriod(fiscalYear, beyondPlanUntil);
    }

    /** The last year of the period beyond the plan, or null when the order covers only the three years. */
    public Integer getBeyondPlanUntil() {
        return beyondPlanUntil;
    }

    public void setBeyondPlanUntil(Integer beyondPlanUntil) {
        this.beyondPlanUntil = beyondPlanUntil;
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

    public ActivityDirection getDirection() {
        return direction;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getAsOfDate() {
        return asOfDate;
    }

    public void setAsOfDate(LocalDate asOfDate) {
        this.asOfDate = asOfDate;
    }

    public String getBudgetName() {
        return budgetName;
    }

    public void setBudgetName(String budgetName) {
        this.budgetName = budgetName;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public SocialOrder getPrevious() {
        return previous;
    }

    /** Makes this a new version following {@code earlier}. */
    public void follow(SocialOrder earlier) {
        this.previous = earlier;
        this.familyId = earlier.getFamilyId();
        this.versionNumber = earlier.getVersionNumber() + 1;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

}
