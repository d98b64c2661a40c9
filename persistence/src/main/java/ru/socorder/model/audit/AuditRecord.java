package ru.socorder.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited action. Append-only, never edited. */
@Entity
@Table(name = "audit_record")
@NamedQuery(name = AuditRecord.OF_RECORD, query = "select a from AuditRecord a where a.objectType = :type and a.objectId = :id "
        + "order by a.occurredAt, a.id")
public class AuditRecord {
    public static final String OF_RECORD = "AuditRecord.ofRecord";

    @Id
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_roles", length = 100)
    private String actorRoles;

    @Column(length = 1000)
    private String organisation;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(name = "object_type", length = 100)
    private String objectType;

    @Column(name = "object_id")
    private Long objectId;

    @Column(length = 4000)
    private String details;

    protected AuditRecord() {
    }

    public AuditRecord(Instant occurredAt, String actor, String actorRoles, String organisation, String action, String objectType,
                       Long objectId, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRoles = actorRoles;
        this.organisation = organisation == null || organisation.length() <= 1000 ? organisation : organisation.substring(0, 1000);
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 4000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    /** The roles of the actor at the time, comma-separated; null for the system or a login attempt. */
    public String getActorRoles() {
        return actorRoles;
    }

    /** The organisation the actor was bound to at the time, or null. */
    public String getOrganisation() {
        return organisation;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public Long getObjectId() {
        return objectId;
    }

    public String getDetails() {
        return details;
    }
}
