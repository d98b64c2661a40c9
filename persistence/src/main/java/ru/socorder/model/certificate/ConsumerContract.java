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
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;

/**
 * Договор об образовании (договор-оферта) between the executor and the consumer under a certificate (domain.md §2.10):
 * number (unique per executor), dates, programme and group, hours, the price per hour (six decimals) and the price —
 * a legal total, rounded to kopecks half-up — that is allocated on the certificate when the contract is concluded.
 * A change of executor terminates a contract and concludes the one that {@link #getReplaces() replaces} it, in one
 * transaction. Feeds section III of the certificate; carries the money path next (usage, invoices, payments).
 */
@Entity
@Table(name = "consumer_contract")
public class ConsumerContract {
    @Id
    @SequenceGenerator(name = "consumer_contract_seq", sequenceName = "consumer_contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consumer_contract_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 50)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false)
    private Executor executor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false)
    private Certificate certificate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private ProgrammeGroup group;

    @Column(name = "concluded_on", nullable = false)
    private LocalDate concludedOn;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal hours;

    @Column(name = "price_per_hour", nullable = false, precision = 19, scale = 6)
    private BigDecimal pricePerHour;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractStatus status = ContractStatus.CONCLUDED;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "terminated_by", length = 20)
    private TerminationSide terminatedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    private ConsumerContract replaces;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "continues_id")
    private ConsumerContract continues;

    protected ConsumerContract() {
    }

    /**
     * A contract for an enrolment's group.
     *
     * @param price the legal total, already rounded to kopecks (see the pricing rules)
     */
    public ConsumerContract(String number, Enrolment enrolment, LocalDate concludedOn, BigDecimal hours, BigDecimal pricePerHour,
                            BigDecimal price) {
        this.number = number;
        this.enrolment = enrolment;
        this.certificate = enrolment.getCertificate();
        this.group = enrolment.getGroup();
        this.programme = group.getProgramme();
        this.executor = enrolment.getExecutor();
        this.authority = enrolment.getAuthority();
        this.concludedOn = concludedOn;
        this.startsOn = group.getStartsOn().isAfter(concludedOn) ? group.getStartsOn() : concludedOn;
        this.endsOn = group.getEndsOn();
        this.hours = hours;
        this.pricePerHour = pricePerHour;
        this.price = price;
    }

    /**
     * The continuation of a multi-year programme's contract into the next year (year-end closing): the same executor,
     * programme, group and price per hour, for the hours not consumed, on the next year's certificate, from the first
     * day of that year (or the certificate's first day) to the group's end.
     *
     * @param price the legal total of {@code hours}, already rounded to kopecks
     */
    public static ConsumerContract continuation(ConsumerContract earlier, Certificate next, String number, LocalDate concludedOn,
                                                BigDecimal hours, BigDecimal price) {
        ConsumerContract k = new ConsumerContract();
        k.number = number;
        k.enrolment = null;
        k.certificate = next;
        k.group = earlier.group;
        k.programme = earlier.programme;
        k.executor = earlier.executor;
        k.authority = earlier.authority;
        k.concludedOn = concludedOn;
        k.startsOn = next.getValidFrom().isAfter(concludedOn) ? next.getValidFrom() : concludedOn;
        k.endsOn = earlier.endsOn.isBefore(k.startsOn) ? k.startsOn : earlier.endsOn;
        k.hours = hours;
        k.pricePerHour = earlier.pricePerHour;
        k.price = price;
        k.continues = earlier;
        return k;
    }

    /** Records the state a lifecycle step led to (a termination through {@link #terminate}). */
    public void moveTo(ContractStatus next) {
        if (next == ContractStatus.TERMINATED) {
            throw new IllegalArgumentException("a termination has a date and a side: terminate()");
        }
        status = next;
    }

    /** Terminated on the date by one side; what it did not consume goes back to the certificate (a ledger release). */
    public void terminate(LocalDate on, TerminationSide by) {
        status = ContractStatus.TERMINATED;
        terminatedOn = on;
        terminatedBy = by;
    }

    /** This contract takes over from another one (a change of executor). */
    public void replace(ConsumerContract earlier) {
        this.replaces = earlier;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public Executor getExecutor() {
        return executor;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Programme getProgramme() {
        return programme;
    }

    public ProgrammeGroup getGroup() {
        return group;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getPricePerHour() {
        return pricePerHour;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public TerminationSide getTerminatedBy() {
        return terminatedBy;
    }

    /** The contract of the previous year this one continues (a multi-year programme), or null. */
    public ConsumerContract getContinues() {
        return continues;
    }

    public ConsumerContract getReplaces() {
        return replaces;
    }
}
