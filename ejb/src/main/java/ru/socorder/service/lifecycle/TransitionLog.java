package ru.socorder.service.lifecycle;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import ru.socorder.model.audit.RecordTransition;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;

/**
 * Writes and reads the transition log of every record, in the caller's transaction (a step and its record commit or
 * roll back together). Reading has no rights check of its own: the owning boundary checks that the caller may read
 * the record before it asks for its history.
 */
@Stateless
public class TransitionLog {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** The action code of a record's creation (not an action of any lifecycle table). */
    public static final String CREATED = "CREATE";

    /** Records the creation of a record in its first state. */
    public <S extends Enum<S>> RecordTransition created(String recordType, long recordId, S state, String comment) {
        return write(recordType, recordId, CREATED, null, state, comment);
    }

    /** Records the creation of a record by the system itself (the year end's continuation contracts and certificates). */
    public <S extends Enum<S>> RecordTransition createdAutomatically(String recordType, long recordId, S state, String comment) {
        return write(recordType, recordId, CREATED, null, state, comment, SYSTEM, null, null);
    }

    /** Records a step of the record taken by the current user. */
    public <S extends Enum<S>, A extends Enum<A>> RecordTransition record(String recordType, long recordId, A action, S from, S to,
                                                                       String comment) {
        return write(recordType, recordId, action.name(), from, to, comment);
    }

    /**
     * Records an automatic step taken by the system itself — a timer, with no user logged in (an enrolment lapsing
     * when its answer is overdue); the actor is {@value #SYSTEM}.
     */
    public <S extends Enum<S>, A extends Enum<A>> RecordTransition automatic(String recordType, long recordId, A action, S from, S to,
                                                                          String comment) {
        return write(recordType, recordId, action.name(), from, to, comment, SYSTEM, null, null);
    }

    /** The actor of the steps the system takes by itself. */
    public static final String SYSTEM = "system";

    private <S extends Enum<S>> RecordTransition write(String recordType, long recordId, String action, S from, S to, String comment) {
        Caller c = currentUser.get();
        return write(recordType, recordId, action, from, to, comment, c.login(),
                c.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), c.organisationName());
    }

    private <S extends Enum<S>> RecordTransition write(String recordType, long recordId, String action, S from, S to, String comment,
                                                       String actor, String roles, String organisation) {
        RecordTransition t = new RecordTransition(recordType, recordId, action, from == null ? null : from.name(), to.name(),
                actor, roles, organisation, clock.instant(), comment == null || comment.isBlank() ? null : comment.strip());
        em.persist(t);
        return t;
    }

    /** The last time the record entered the state, or null. */
    public java.time.Instant lastEntered(String recordType, long recordId, Enum<?> state) {
        return em.createQuery("select max(t.at) from RecordTransition t where t.recordType = :type and t.recordId = :id "
                        + "and t.toState = :state", java.time.Instant.class).setParameter("type", recordType).setParameter("id", recordId)
                .setParameter("state", state.name()).getSingleResult();
    }

    /** The steps of the record, oldest first. */
    public List<RecordTransition> history(String recordType, long recordId) {
        return em.createQuery("select t from RecordTransition t where t.recordType = :type and t.recordId = :id order by t.at, t.id",
                RecordTransition.class).setParameter("type", recordType).setParameter("id", recordId).getResultList();
    }
}
