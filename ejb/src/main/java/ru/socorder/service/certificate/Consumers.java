package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.ConsumerStatus;
import ru.socorder.model.certificate.LegalRepresentative;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.Page;
import ru.socorder.service.common.PageRequest;
import ru.socorder.service.common.PagedQuery;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.DataScope;
import ru.socorder.service.security.Rights;

/**
 * Получатели (потребители): registering and editing children, probable duplicates held for the clerk, full personal
 * data only to whom {@code SelectionRights} allows READ of the consumer — every such view is audited
 * ({@link AuditEvent#CONSUMER_VIEWED}); lists show everybody the СНИЛС masked ({@link ConsumerRow}).
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class Consumers {
    static final String SNILS_TAKEN = "Получатель с таким СНИЛС уже зарегистрирован";
    private static final Map<String, String> DUPLICATES = Map.of("uk_consumer_snils", SNILS_TAKEN);

    /** How a held consumer is resolved by the clerk. */
    public enum Resolution {
        /** another child after all: registered as is */
        RELEASE,
        /** the same child: the existing record is used, the held one is removed */
        USE_EXISTING
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private CertificateApplications applications;

    /** Consumers of the caller's territory, masked; {@code status} HELD lists the probable duplicates. */
    public Page<ConsumerRow> list(PageRequest page, ConsumerStatus status) {
        Caller c = currentUser.get();
        Page<Consumer> found = PagedQuery.of(em, Consumer.class, "c", "join fetch c.territory left join fetch c.duplicateOf",
                        DataScope.territory(c, "c.territory.id"))
                .filter("c.status = :status", "status", status)
                .search("c.lastName", "c.firstName", "c.middleName")
                .searchAs("c.snils", Consumers::snilsPatterns)
                .sortable(Map.of("lastName", "c.lastName", "birthDate", "c.birthDate", "createdAt", "c.createdAt"), "c.lastName, c.firstName")
                .page(page);
        return new Page<>(found.items().stream().map(ConsumerRow::of).toList(), found.total());
    }

    /** A СНИЛС is found only when typed whole (11 digits, separators ignored). */
    static List<String> snilsPatterns(String query) {
        String digits = query.replaceAll("[\\s\\-]", "");
        return digits.matches("\\d{11}") ? List.of(digits) : List.of();
    }

    /** The number of held consumers of the caller's own territory (home counter). */
    public long heldCount() {
        Caller c = currentUser.get();
        DataScope scope = DataScope.ownTerritory(c, "c.territory.id");
        return scope.bind(em.createQuery("select count(c) from Consumer c where c.status = :held" + scope.and(), Long.class))
                .setParameter("held", ConsumerStatus.HELD).getSingleResult();
    }

    /** The consumer as a list row (masked), for whoever may see it in a list. */
    public ConsumerRow row(long id) {
        Consumer c = find(id);
        DataScope scope = DataScope.territory(currentUser.get(), "x");
        if (!scope.isEverything() && !c.getTerritory().getId().equals(scope.value())) {
            throw new ru.socorder.service.common.Forbidden("Получатель другой территории недоступен");
        }
        return ConsumerRow.of(c);
    }

    /** The full personal data; refused unless the caller may READ the consumer, and every view is audited. */
    public Consumer get(long id) {
        Caller c = currentUser.get();
        Consumer consumer = find(id);
        c.require(Rights.Action.READ, consumer);
        audit.record(AuditEvent.CONSUMER_VIEWED, consumer.getId(), consumer.getFullName());
        return consumer;
    }

    private Consumer find(long id) {
        Consumer c = em.find(Consumer.class, id);
        if (c == null) {
            throw new NotFound("Получатель не найден");
        }
        return c;
    }

    /**
     * Registers a child. A СНИЛС already registered is 409; a child whose name and birth date match another one's
     * (ignoring case, ё/е, spacing) is HELD with that candidate until the clerk resolves it.
     */
    public Consumer register(ConsumerForm f) {
        Caller c = currentUser.get();
        defaultTerritory(c, f);
        c.require(Rights.Action.CREATE, Rights.of(Consumer.class, f.getTerritoryId() == null ? -1L : f.getTerritoryId()));
        return create(f, "");
    }

    /** Registers the child of an application, or finds the one with its СНИЛС (rights checked by the caller). */
    public Consumer findOrRegister(ConsumerForm f) {
        Caller c = currentUser.get();
        defaultTerritory(c, f);
        c.require(Rights.Action.CREATE, Rights.of(Consumer.class, f.getTerritoryId() == null ? -1L : f.getTerritoryId()));
        if (!ConsumerRules.blank(f.getSnils()) && Snils.check(f.getSnils()).valid()) {
            Consumer known = bySnils(Snils.of(f.getSnils()));
            if (known != null) {
                return known;
            }
        }
        return create(f, "consumer.");
    }

    private static void defaultTerritory(Caller c, ConsumerForm f) {
        if (f.getTerritoryId() == null) {
            f.setTerritoryId(c.authorityTerritoryId());
        }
    }

    private Consumer create(ConsumerForm f, String prefix) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = ConsumerRules.check(f, today, prefix);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Territory territory = territory(f.getTerritoryId(), prefix);
        Snils snils = ConsumerRules.blank(f.getSnils()) ? null : Snils.of(f.getSnils());
        requireFreeSnils(snils, null);
        Consumer consumer = new Consumer(territory, ConsumerRules.clean(f.getLastName()), ConsumerRules.clean(f.getFirstName()),
                ConsumerRules.clean(f.getMiddleName()), f.getBirthDate(), VolumeUse.now(clock));
        fill(consumer, f, snils, prefix);
        Consumer candidate = candidate(consumer.getDuplicateKey(), null);
        if (candidate != null) {
            consumer.holdAsDuplicateOf(candidate);
        }
        em.persist(consumer);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.CONSUMER_CREATED, consumer.getId(), consumer.getFullName());
        if (candidate != null) {
            audit.record(AuditEvent.CONSUMER_HELD, consumer.getId(), "возможный дубликат записи № " + candidate.getId());
        }
        return consumer;
    }

    /** Corrects a consumer's data (optimistic version); a corrected name may make it a probable duplicate. */
    public Consumer update(long id, ConsumerForm f) {
        Caller c = currentUser.get();
        Consumer consumer = find(id);
        c.require(Rights.Action.EDIT, consumer);
        if (f.getTerritoryId() == null) {
            f.setTerritoryId(consumer.getTerritory().getId());
        }
        List<FieldError> errors = ConsumerRules.check(f, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (f.getVersion() == null || f.getVersion() != consumer.getVersion()) {
            throw Conflict.staleVersion();
        }
        Territory territory = territory(f.getTerritoryId(), "");
        c.require(Rights.Action.EDIT, Rights.of(Consumer.class, territory.getId()));
        Snils snils = ConsumerRules.blank(f.getSnils()) ? null : Snils.of(f.getSnils());
        requireFreeSnils(snils, consumer.getId());
        consumer.setTerritory(territory);
        consumer.rename(ConsumerRules.clean(f.getLastName()), ConsumerRules.clean(f.getFirstName()), ConsumerRules.clean(f.getMiddleName()),
                f.getBirthDate());
        fill(consumer, f, snils, "");
        if (consumer.getStatus() == ConsumerStatus.REGISTERED) {
            Consumer candidate = candidate(consumer.getDuplicateKey(), consumer.getId());
            if (candidate != null && candidate.getCreatedAt().isBefore(consumer.getCreatedAt())) {
                consumer.holdAsDuplicateOf(candidate);
                audit.record(AuditEvent.CONSUMER_HELD, consumer.getId(), "возможный дубликат записи № " + candidate.getId());
            }
        }
        em.lock(consumer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        DatabaseErrors.flush(em, DUPLICATES);
        audit.record(AuditEvent.CONSUMER_UPDATED, consumer.getId(), consumer.getFullName());
        return consumer;
    }

    /**
     * Resolves a held consumer: RELEASE registers it (another child); USE_EXISTING moves its held applications to the
     * candidate and removes it. Held applications are then checked and decided. Returns the consumer that stays.
     */
    public Consumer resolve(long id, long version, Resolution how) {
        Caller c = currentUser.get();
        Consumer consumer = find(id);
        c.require(Rights.Action.EDIT, consumer);
        if (how == null) {
            throw new ValidationFailed("resolution", "Укажите решение: RELEASE (другой ребёнок) или USE_EXISTING (тот же ребёнок)");
        }
        if (consumer.getStatus() != ConsumerStatus.HELD) {
            throw new Conflict("Запись о получателе не задержана как возможный дубликат");
        }
        if (version != consumer.getVersion()) {
            throw Conflict.staleVersion();
        }
        em.lock(consumer, LockModeType.PESSIMISTIC_WRITE);
        List<CertificateApplication> held = em.createQuery("select a from CertificateApplication a where a.consumer = :c "
                + "and a.status = ru.socorder.model.certificate.CertificateApplicationStatus.HELD order by a.receivedAt, a.id",
                CertificateApplication.class).setParameter("c", consumer).getResultList();
        Consumer stays = consumer;
        if (how == Resolution.RELEASE) {
            consumer.release();
            em.lock(consumer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.record(AuditEvent.CONSUMER_RELEASED, consumer.getId(), consumer.getFullName());
        } else {
            stays = consumer.getDuplicateOf();
            for (CertificateApplication a : held) {
                a.reassign(stays);
            }
            audit.record(AuditEvent.CONSUMER_MERGED, stays.getId(), "задержанная запись № " + consumer.getId() + " удалена");
            em.flush();
            em.remove(consumer);
        }
        DatabaseErrors.flush(em, DUPLICATES);
        applications.decideHeld(held, how == Resolution.RELEASE ? "другой ребёнок: запись о получателе зарегистрирована"
                : "тот же ребёнок: использована существующая запись № " + stays.getId());
        return stays;
    }

    private Consumer bySnils(Snils snils) {
        return em.createQuery("select c from Consumer c where c.snils = :s", Consumer.class).setParameter("s", snils)
                .getResultStream().findFirst().orElse(null);
    }

    private void requireFreeSnils(Snils snils, Long self) {
        if (snils == null) {
            return;
        }
        Consumer other = bySnils(snils);
        if (other != null && !other.getId().equals(self)) {
            throw new Conflict(SNILS_TAKEN + " (запись № " + other.getId() + ", СНИЛС " + snils.masked() + ")");
        }
    }

    private Consumer candidate(String key, Long self) {
        return em.createQuery("select c from Consumer c where c.duplicateKey = :k and c.status = :registered and c.id <> :self "
                        + "order by c.createdAt, c.id", Consumer.class)
                .setParameter("k", key).setParameter("registered", ConsumerStatus.REGISTERED)
                .setParameter("self", self == null ? -1L : self)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Territory territory(long id, String prefix) {
        Territory t = em.find(Territory.class, id);
        if (t == null) {
            throw new ValidationFailed(prefix + "territoryId", "Территория не найдена");
        }
        return t;
    }

    private static void fill(Consumer consumer, ConsumerForm f, Snils snils, String prefix) {
        consumer.setSnils(snils);
        consumer.setAddress(ConsumerRules.clean(f.getAddress()));
        consumer.setCategory(ConsumerRules.clean(f.getCategory()));
        boolean anyRep = !ConsumerRules.blank(f.getRepLastName()) || !ConsumerRules.blank(f.getRepFirstName())
                || !ConsumerRules.blank(f.getRepPhone()) || !ConsumerRules.blank(f.getRepDocument());
        consumer.setRepresentative(anyRep ? new LegalRepresentative(ConsumerRules.clean(f.getRepLastName()),
                ConsumerRules.clean(f.getRepFirstName()), ConsumerRules.clean(f.getRepMiddleName()), ConsumerRules.clean(f.getRepPhone()),
                ConsumerRules.clean(f.getRepEmail()), ConsumerRules.clean(f.getRepDocument()),
                ConsumerRules.blank(f.getRepSnils()) ? null : Snils.of(f.getRepSnils())) : null);
        if (consumer.getRepresentative() != null) {
            // the representative's limits named as the form names its fields (repLastName …), not as the embeddable's
            List<FieldError> limits = ru.socorder.model.common.ColumnLimits.check(consumer.getRepresentative()).stream()
                    .map(v -> new FieldError(prefix + "rep" + Character.toUpperCase(v.field().charAt(0)) + v.field().substring(1),
                            v.message())).toList();
            if (!limits.isEmpty()) {
                throw new ValidationFailed(limits);
            }
        }
    }
}
