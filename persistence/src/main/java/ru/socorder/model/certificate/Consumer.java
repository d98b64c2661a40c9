package ru.socorder.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.identifier.Snils;

/**
 * Потребитель услуги (ребёнок): full name, birth date, СНИЛС (unique), territory, legal representative, category.
 * Personal data: lists show the СНИЛС masked ({@link Snils#masked()}), the full record goes to the roles that need it
 * and every such view is audited by the boundary. {@link #getDuplicateKey()} is kept up to date with the name and
 * birth date; a new consumer whose key matches another one's is {@link ConsumerStatus#HELD} with that candidate.
 */
@Entity
@Table(name = "consumer")
public class Consumer {
    @Id
    @SequenceGenerator(name = "consumer_seq", sequenceName = "consumer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consumer_seq")
    private Long id;

    @Version
    private long version;

    /** Where the child lives: the territory scope of the record. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "middle_name", length = 100)
    private String middleName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(length = 11)
    private Snils snils;

    @Column(length = 1000)
    private String address;

    /** e.g. «ребёнок с ОВЗ», «ребёнок-инвалид» */
    @Column(length = 300)
    private String category;

    @Embedded
    private LegalRepresentative representative;

    @Column(name = "duplicate_key", nullable = false, length = 320)
    private String duplicateKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsumerStatus status = ConsumerStatus.REGISTERED;

    /** The existing consumer this one probably duplicates (while held). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Consumer duplicateOf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Consumer() {
    }

    public Consumer(Territory territory, String lastName, String firstName, String middleName, LocalDate birthDate, Instant createdAt) {
        this.territory = territory;
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
        this.birthDate = birthDate;
        this.createdAt = createdAt;
        computeDuplicateKey();
    }

    @PrePersist
    @PreUpdate
    void computeDuplicateKey() {
        duplicateKey = PersonKey.of(lastName, firstName, middleName, birthDate);
    }

    /** Holds the record for the clerk: it probably is the candidate. */
    public void holdAsDuplicateOf(Consumer candidate) {
        status = ConsumerStatus.HELD;
        duplicateOf = Objects.requireNonNull(candidate, "candidate");
    }

    /** The clerk found it is another child: registered. */
    public void release() {
        status = ConsumerStatus.REGISTERED;
        duplicateOf = null;
    }

    /** Completed years on the date. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** «Иванова Анна Сергеевна» (without an absent middle name). */
    public String getFullName() {
        return fullName(lastName, firstName, middleName);
    }

    static String fullName(String last, String first, String middle) {
        return Stream.of(last, first, middle).filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.joining(" "));
    }

    /** What lists show: the СНИЛС masked, or nothing. */
    public String getMaskedSnils() {
        return snils == null ? null : snils.masked();
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

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    /** A corrected name or birth date; the duplicate key follows. */
    public void rename(String last, String first, String middle, LocalDate born) {
        this.lastName = last;
        this.firstName = first;
        this.middleName = middle;
        this.birthDate = born;
        computeDuplicateKey();
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Snils getSnils() {
        return snils;
    }

    public void setSnils(Snils snils) {
        this.snils = snils;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LegalRepresentative getRepresentative() {
        return representative;
    }

    public void setRepresentative(LegalRepresentative representative) {
        this.representative = representative;
    }

    public String getDuplicateKey() {
        return duplicateKey;
    }

    public ConsumerStatus getStatus() {
        return status;
    }

    public Consumer getDuplicateOf() {
        return duplicateOf;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
