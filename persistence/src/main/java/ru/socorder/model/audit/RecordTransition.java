package ru.socorder.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step in the life of any record (an order version, a decision, and next applications, certificates, contracts,
 * agreements, competitions, reports): who (login, role, organisation), when, which action, from which state to
 * which, with which comment. Append-only; the history of a record is read back by its type and id.
 */
@Entity
@Table(name = "record_transition")
public class RecordTransition {
    @Id
    @SequenceGenerator(name = "record_transition_seq", sequenceName = "record_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_transition_seq")
    private Long id;

    @Column(name = "record_type", nullable = false, length = 50)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(name = "from_state", length = 30)
    private String fromState;

    @Column(name = "to_state", nullable = false, length = 30)
    private String toState;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_role", length = 100)
    private String actorRole;

    @Column(length = 1000)
    private String organisation;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    protected RecordTransition() {
    }

    public RecordTransition(String recordType, long recordId, String action, String fromState, String toState, String actor,
                            String actorRole, String organisation, Instant at, String comment) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.actorRole = actorRole;
        this.organisation = organisation;
        this.at = at;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Instant getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }
}
