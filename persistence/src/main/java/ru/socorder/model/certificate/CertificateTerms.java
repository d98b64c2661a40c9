package ru.socorder.model.certificate;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import ru.socorder.model.catalog.Territory;

/**
 * The certificate settings of a territory for a year (параметры персонифицированного финансирования): the period
 * certificates are valid in, the nominal in человеко-часы and in roubles (kopecks), the age band (completed years,
 * inclusive: «от 5 до 18 лет» is 5..17), whether a child holds one active certificate per service or per direction,
 * and the working days an executor has to answer an enrolment.
 */
@Entity
@Table(name = "certificate_terms")
public class CertificateTerms {
    @Id
    @SequenceGenerator(name = "certificate_terms_seq", sequenceName = "certificate_terms_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_terms_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(name = "terms_year", nullable = false)
    private int year;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "nominal_hours", nullable = false, precision = 10, scale = 2)
    private BigDecimal nominalHours;

    @Column(name = "nominal_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal nominalAmount;

    @Column(name = "age_from", nullable = false)
    private int ageFrom;

    @Column(name = "age_to", nullable = false)
    private int ageTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "one_per", nullable = false, length = 20)
    private OnePer onePer = OnePer.SERVICE;

    @Column(name = "answer_days", nullable = false)
    private int answerDays = 5;

    protected CertificateTerms() {
    }

    public CertificateTerms(Territory territory, int year, LocalDate validFrom, LocalDate validTo, BigDecimal nominalHours,
                            BigDecimal nominalAmount, int ageFrom, int ageTo) {
        this.territory = territory;
        this.year = year;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.nominalHours = nominalHours;
        this.nominalAmount = nominalAmount;
        this.ageFrom = ageFrom;
        this.ageTo = ageTo;
    }

    /** Changed terms of the same territory and year (certificates already issued keep their nominal). */
    public void change(LocalDate from, LocalDate to, BigDecimal hours, BigDecimal amount, int ageMin, int ageMax) {
        this.validFrom = from;
        this.validTo = to;
        this.nominalHours = hours;
        this.nominalAmount = amount;
        this.ageFrom = ageMin;
        this.ageTo = ageMax;
    }

    /** Whether the date is within the period. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
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

    public int getYear() {
        return year;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public BigDecimal getNominalHours() {
        return nominalHours;
    }

    public BigDecimal getNominalAmount() {
        return nominalAmount;
    }

    public int getAgeFrom() {
        return ageFrom;
    }

    public int getAgeTo() {
        return ageTo;
    }

    public OnePer getOnePer() {
        return onePer;
    }

    public void setOnePer(OnePer onePer) {
        this.onePer = onePer;
    }

    public int getAnswerDays() {
        return answerDays;
    }

    public void setAnswerDays(int answerDays) {
        this.answerDays = answerDays;
    }
}
