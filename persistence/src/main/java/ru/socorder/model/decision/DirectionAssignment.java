package ru.socorder.model.decision;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import ru.socorder.model.catalog.ActivityDirection;
import ru.socorder.model.catalog.AuthorisedBody;

/** An activity direction of a decision and the authorised body responsible for it. */
@Embeddable
public class DirectionAssignment implements Serializable {
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "direction_id", nullable = false)
    private ActivityDirection direction;

    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private AuthorisedBody authority;

    protected DirectionAssignment() {
    }

    public DirectionAssignment(ActivityDirection direction, AuthorisedBody authority) {
        this.direction = direction;
        this.authority = authority;
    }

    public ActivityDirection getDirection() {
        return direction;
    }

    public AuthorisedBody getAuthority() {
        return authority;
    }
}
