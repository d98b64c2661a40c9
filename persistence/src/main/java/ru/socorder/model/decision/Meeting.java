package ru.socorder.model.decision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A meeting of the working group: date, attendance, agenda with votes and decisions, protocol. */
@Entity
@Table(name = "group_meeting")
public class Meeting {
    @Id
    @SequenceGenerator(name = "group_meeting_seq", sequenceName = "group_meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_meeting_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private WorkingGroup group;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "protocol_number", length = 50)
    private String protocolNumber;

    @Column(name = "members_count", nullable = false)
    private int membersCount;

    @Column(name = "quorum", nullable = false)
    private boolean quorum;

    @Column(length = 4000)
    private String recommendations;

    /** Who signs the protocol: the head, or the deputy acting as head. */
    @Column(name = "signed_by", length = 300)
    private String signedBy;

    /** When the chair signed the protocol; null while it is a draft that can be corrected or deleted. */
    @Column(name = "signed_on")
    private LocalDate signedOn;

    @ManyToMany
    @JoinTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<GroupMember> present = new LinkedHashSet<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(WorkingGroup group, LocalDate date, String protocolNumber) {
        this.group = group;
        this.date = date;
        this.protocolNumber = protocolNumber;
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

    public LocalDate getDate() {
        return date;
    }

    public String getProtocolNumber() {
        return protocolNumber;
    }

    public int getMembersCount() {
        return membersCount;
    }

    public boolean isQuorum() {
        return quorum;
    }

    public void setAttendance(int membersCount, boolean quorum) {
        this.membersCount = membersCount;
        this.quorum = quorum;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(String signedBy) {
        this.signedBy = signedBy;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    /** Whether the protocol is signed: the meeting is then final (neither corrected nor deleted). */
    public boolean isSigned() {
        return signedOn != null;
    }

    public void sign(LocalDate on) {
        this.signedOn = on;
    }

    /** Corrects the date and the protocol number of a meeting whose protocol is not signed. */
    public void correct(LocalDate date, String protocolNumber) {
        this.date = date;
        this.protocolNumber = protocolNumber;
    }

    public Set<GroupMember> getPresent() {
        return present;
    }

    public List<AgendaItem> getAgenda() {
        return agenda;
    }
}
