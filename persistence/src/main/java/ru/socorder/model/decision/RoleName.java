package ru.socorder.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** The name a decision's act gives a role of its working group («председатель рабочей группы»). */
@Embeddable
public class RoleName implements Serializable {
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GroupRole role;

    @Column(nullable = false, length = 300)
    private String title;

    protected RoleName() {
    }

    public RoleName(GroupRole role, String title) {
        this.role = role;
        this.title = title;
    }

    public GroupRole getRole() {
        return role;
    }

    public String getTitle() {
        return title;
    }
}
