package ru.socorder.model.decision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The working group of a decision: regulations, members over time, meetings. */
@Entity
@Table(name = "working_group")
public class WorkingGroup {
    @Id
    @SequenceGenerator(name = "working_group_seq", sequenceName = "working_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_group_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false, unique = true)
    private Decision decision;

    @Column(nullable = false, length = 2000)
    private String name;

    /** When the role is given to an existing body (Pyatigorsk: the inter-agency group of the target model). */
    @Column(name = "delegated_to", length = 4000)
    private String delegatedTo;

    /**
     * How the act lists the members: under role headings («Руководитель рабочей группы:», «Члены рабочей группы:»), or
     * with the role after the position («…, председатель рабочей группы») and only the members under a heading.
     */
    @Column(name = "roles_in_headings", nullable = false)
    private boolean rolesInHeadings = true;

    /** The names the act gives the roles («председатель рабочей группы»); a role not listed has its usual name. */
    @ElementCollection
    @CollectionTable(name = "working_group_role_name", joinColumns = @JoinColumn(name = "group_id"))
    private List<RoleName> roleNames = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "working_group_regulation", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    private List<RegulationSection> regulations = new ArrayList<>();

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<GroupMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<Meeting> meetings = new ArrayList<>();

    protected WorkingGroup() {
    }

    public WorkingGroup(Decision decision, String name) {
        this.decision = decision;
        this.name = name;
    }

    /** Members on a date (composition changes over time). */
    public List<GroupMember> membersOn(LocalDate date) {
        return members.stream().filter(m -> m.isMemberOn(date)).toList();
    }

    public boolean hasSecretaryOn(LocalDate date) {
        return membersOn(date).stream().anyMatch(m -> m.getRole() == GroupRole.SECRETARY);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getName() {
        return name;
    }

    public String getDelegatedTo() {
        return delegatedTo;
    }

    public void setDelegatedTo(String delegatedTo) {
        this.delegatedTo = delegatedTo;
    }

    public boolean isRolesInHeadings() {
        return rolesInHeadings;
    }

    public void setRolesInHeadings(boolean rolesInHeadings) {
        this.rolesInHeadings = rolesInHeadings;
    }

    /** The name the act gives the role, or null when the role has its usual name. */
    public String roleName(GroupRole role) {
        return roleNames.stream().filter(r -> r.getRole() == role).map(RoleName::getTitle).findFirst().orElse(null);
    }

    /** Names a role as the act does; a blank name gives the role its usual name again. */
    public void setRoleName(GroupRole role, String title) {
        roleNames.removeIf(r -> r.getRole() == role);
        if (title != null && !title.isBlank()) {
            roleNames.add(new RoleName(role, title.strip()));
        }
    }

    public List<RoleName> getRoleNames() {
        return roleNames;
    }

    public List<RegulationSection> getRegulations() {
        return regulations;
    }

    public List<GroupMember> getMembers() {
        return members;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }
}
