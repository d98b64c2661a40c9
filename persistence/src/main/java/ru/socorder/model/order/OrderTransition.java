package ru.socorder.model.order;

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
import java.time.Instant;

/** One workflow step of an order version: who, when, from which state to which, with which comment. */
@Entity
@Table(name = "order_transition")
public class OrderTransition {
    @Id
    @SequenceGenerator(name = "order_transition_seq", sequenceName = "order_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_transition_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private SocialOrder order;

    @Column(nullable = false, length = 20)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private OrderStatus to;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    protected OrderTransition() {
    }

    public OrderTransition(SocialOrder order, String action, OrderStatus from, OrderStatus to, String actor, Instant at, String comment) {
        this.order = order;
        this.action = action;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public OrderStatus getFrom() {
        return from;
    }

    public OrderStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }
}
