package ru.socorder.model.decision;

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
import java.time.LocalDate;

/** A member of the working group with position and role, for a period (composition changes over time). */
@Entity
@Table(name = "group_member")
public class GroupMember {
    @Id
    @SequenceGenerator(name = "group_member_seq", sequenceName = "group_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_member_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private WorkingGroup group;

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @Column(length = 1000)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GroupRole role;

    @Column(name = "member_from")
    private LocalDate from;

    @Column(name = "member_until")
    private LocalDate until;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected GroupMember() {
    }

    public GroupMember(WorkingGroup group, String fullName, String position, GroupRole role, int sortOrder) {
        this.group = group;
        this.fullName = fullName;
        this.position = position;
        this.role = role;
        this.sortOrder = sortOrder;
    }

    public boolean isMemberOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public WorkingGroup getGroup() {
        return group;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public GroupRole getRole() {
        return role;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setPeriod(LocalDate from, LocalDate until) {
        this.from = from;
        this.until = until;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
