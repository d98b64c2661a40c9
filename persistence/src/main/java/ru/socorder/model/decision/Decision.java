package ru.socorder.model.decision;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.common.RussianText;

/**
 * A decision on organising social-sphere services (постановление under 189-FZ art. 28 part 3 and Government decree
 * 1678): issuer, act details, directions and authorities, services in scope with the selection method, the approbation
 * plan, efficiency indicators, the working group and the information support.
 */
@Entity
@Table(name = "decision")
public class Decision {
    /** The longest name of the attached original the column holds. */
    public static final int FILE_NAME_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(nullable = false, length = 1000)
    private String issuer;

    @Column(name = "act_type", nullable = false, length = 100)
    private String actType;

    @Column(length = 50)
    private String number;

    @Column(name = "act_date")
    private LocalDate date;

    @Column(nullable = false, length = 2000)
    private String title;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "retroactive_from")
    private LocalDate retroactiveFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_id")
    private Decision amends;

    /** The amended act when it is not in the system, e.g. «Постановление от 27.05.2022 № 5273-П». */
    @Column(name = "amends_text", length = 1000)
    private String amendsText;

    @Column(name = "signatory_position", length = 500)
    private String signatoryPosition;

    @Column(name = "signatory_name", length = 300)
    private String signatoryName;

    @Column(name = "control_official", length = 2000)
    private String controlOfficial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionStatus status = DecisionStatus.DRAFT;

    @ManyToMany
    @JoinTable(name = "decision_direction", joinColumns = @JoinColumn(name = "decision_id"),
            inverseJoinColumns = @JoinColumn(name = "direction_id"))
    @OrderBy("code")
    private Set<ActivityDirection> directions = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "decision_authority", joinColumns = @JoinColumn(name = "decision_id"),
            inverseJoinColumns = @JoinColumn(name = "authority_id"))
    @OrderBy("shortName")
    private Set<AuthorisedBody> authorities = new LinkedHashSet<>();

    /** Which authority answers for which direction. */
    @ElementCollection
    @CollectionTable(name = "decision_direction_body", joinColumns = @JoinColumn(name = "decision_id"))
    private List<DirectionAssignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ServiceInScope> services = new ArrayList<>();

    /** Organisations with special names excluded from selection («детская школа искусств» …). */
    @ElementCollection
    @CollectionTable(name = "decision_exclusion", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 500)
    private List<String> exclusions = new ArrayList<>();

    @Column(name = "service_without_number", length = 1000)
    private String serviceWithoutNumber;

    @Column(name = "plan_title", length = 2000)
    private String planTitle;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanStage> stages = new ArrayList<>();

    @Column(name = "indicators_title", length = 2000)
    private String indicatorsTitle;

    @ElementCollection
    @CollectionTable(name = "decision_footnote", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 4000)
    private List<String> indicatorFootnotes = new ArrayList<>();

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EfficiencyGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ElectronicDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "decision_system", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", length = 500)
    private List<String> systems = new ArrayList<>();

    @Column(name = "portal_text", length = 4000)
    private String portalText;

    @Column(name = "paper_fallback", length = 4000)
    private String paperFallback;

    /** The appendices in the act's order; none for a decision entered without them (the printer numbers its own). */
    @ElementCollection
    @CollectionTable(name = "decision_appendix", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<Appendix> appendices = new ArrayList<>();

    /** The information support paragraph by paragraph, where the act gives it as an appendix of its own. */
    @ElementCollection
    @CollectionTable(name = "decision_info_part", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<InfoPart> infoParts = new ArrayList<>();

    @Column(name = "file_name", length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "file_type", length = 100)
    private String fileType;

    protected Decision() {
    }

    public Decision(Territory territory, String issuer, String actType, String title) {
        this.territory = territory;
        this.issuer = issuer;
        this.actType = actType;
        this.title = title;
    }

    /** «Постановление от 13.02.2023 № 417» */
    public String getLabel() {
        StringBuilder sb = new StringBuilder(actType);
        if (date != null) {
            sb.append(" от ").append(RussianText.date(date));
        }
        sb.append(number == null ? " (без номера)" : " № " + number);
        return sb.toString();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
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

    public Decision getAmends() {
        return amends;
    }

    public void setAmends(Decision amends) {
        this.amends = amends;
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

    public DecisionStatus getStatus() {
        return status;
    }

    public void setStatus(DecisionStatus status) {
        this.status = status;
    }

    public Set<ActivityDirection> getDirections() {
        return directions;
    }

    public Set<AuthorisedBody> getAuthorities() {
        return authorities;
    }

    public List<DirectionAssignment> getAssignments() {
        return assignments;
    }

    /**
     * Assigns every direction to the decision's authority whose own directions include it (the first authority
     * otherwise); called when directions or authorities change.
     */
    public void assignDirections() {
        assignments.clear();
        for (ActivityDirection d : directions) {
            authorities.stream().filter(a -> a.getDirections().contains(d)).findFirst()
                    .or(() -> authorities.stream().findFirst())
                    .ifPresent(a -> assignments.add(new DirectionAssignment(d, a)));
        }
    }

    public List<ServiceInScope> getServices() {
        return services;
    }

    public List<String> getExclusions() {
        return exclusions;
    }

    public String getServiceWithoutNumber() {
        return serviceWithoutNumber;
    }

    public void setServiceWithoutNumber(String serviceWithoutNumber) {
        this.serviceWithoutNumber = serviceWithoutNumber;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public void setPlanTitle(String planTitle) {
        this.planTitle = planTitle;
    }

    public List<PlanStage> getStages() {
        return stages;
    }

    public String getIndicatorsTitle() {
        return indicatorsTitle;
    }

    public void setIndicatorsTitle(String indicatorsTitle) {
        this.indicatorsTitle = indicatorsTitle;
    }

    public List<String> getIndicatorFootnotes() {
        return indicatorFootnotes;
    }

    public List<EfficiencyGoal> getGoals() {
        return goals;
    }

    public List<ElectronicDocument> getDocuments() {
        return documents;
    }

    public List<Appendix> getAppendices() {
        return appendices;
    }

    public List<InfoPart> getInfoParts() {
        return infoParts;
    }

    public List<String> getSystems() {
        return systems;
    }

    public String getPortalText() {
        return portalText;
    }

    public void setPortalText(String portalText) {
        this.portalText = portalText;
    }

    public String getPaperFallback() {
        return paperFallback;
    }

    public void setPaperFallback(String paperFallback) {
        this.paperFallback = paperFallback;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileType() {
        return fileType;
    }

    public void setFile(String fileName, String fileType) {
        this.fileName = fileName;
        this.fileType = fileType;
    }
}
