package ru.socorder.model.registry;

import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.SocialService;

/**
 * Запись реестра исполнителей: one per authority and executor, numbered within the authority's registry, with the
 * services the executor is included for. Suspended, excluded and re-included in place; the date and reason of the
 * latest change are kept here, every step with its own in the transition log.
 */
@Entity
@Table(name = "registry_entry")
public class RegistryEntry {
    @Id
    @SequenceGenerator(name = "registry_entry_seq", sequenceName = "registry_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_entry_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executor_id", nullable = false)
    private Executor executor;

    /** № записи within the authority's registry. */
    @Column(name = "entry_number", nullable = false)
    private int number;

    /** The application the executor was (last) included on. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private RegistryApplication application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistryEntryStatus status = RegistryEntryStatus.ACTIVE;

    @Column(name = "included_on", nullable = false)
    private LocalDate includedOn;

    /** The date of the latest suspension, exclusion or re-inclusion. */
    @Column(name = "changed_on")
    private LocalDate changedOn;

    @Column(length = 2000)
    private String reason;

    @ManyToMany
    @JoinTable(name = "registry_entry_service", joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<SocialService> services = new LinkedHashSet<>();

    protected RegistryEntry() {
    }

    public RegistryEntry(AuthorisedBody authority, Executor executor, int number, RegistryApplication application, LocalDate includedOn) {
        this.authority = authority;
        this.executor = executor;
        this.number = number;
        this.application = application;
        this.includedOn = includedOn;
    }

    /**
     * Records the state a lifecycle step led to, on a date and for a reason (required by the database for a suspended or
     * excluded entry); a re-inclusion keeps its date and reason too.
     */
    public void moveTo(RegistryEntryStatus next, LocalDate on, String why) {
        if (next != RegistryEntryStatus.ACTIVE && (on == null || why == null || why.isBlank())) {
            throw new IllegalArgumentException("a suspension or exclusion has a date and a reason");
        }
        status = next;
        changedOn = on;
        reason = why;
    }

    /** Whether the executor may now be chosen for the service: the entry is active and lists it. */
    public boolean covers(SocialService service) {
        return status == RegistryEntryStatus.ACTIVE && services.stream()
                .anyMatch(s -> s == service || s.getId() != null && s.getId().equals(service.getId()));
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

    public int getNumber() {
        return number;
    }

    public RegistryApplication getApplication() {
        return application;
    }

    public void setApplication(RegistryApplication application) {
        this.application = application;
    }

    public RegistryEntryStatus getStatus() {
        return status;
    }

    public LocalDate getIncludedOn() {
        return includedOn;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getReason() {
        return reason;
    }

    public Set<SocialService> getServices() {
        return services;
    }
}
