package ru.socorder.model.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** An agenda item of a meeting: the proposed decision, the votes of the members present, the outcome. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {
    @Id
    @SequenceGenerator(name = "agenda_item_seq", sequenceName = "agenda_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 4000)
    private String question;

    @Column(name = "proposal", length = 4000)
    private String proposal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_vote", joinColumns = @JoinColumn(name = "item_id"))
    @MapKeyColumn(name = "member_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "vote", length = 10)
    private Map<Long, Vote> votes = new LinkedHashMap<>();

    /** ADOPTED, REJECTED or NO_QUORUM, as computed by the voting rules when the meeting was recorded. */
    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(length = 1000)
    private String explanation;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting, int position, String question, String proposal) {
        this.meeting = meeting;
        this.position = position;
        this.question = question;
        this.proposal = proposal;
    }

    public void setOutcome(String outcome, String explanation) {
        this.outcome = outcome;
        this.explanation = explanation;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestion() {
        return question;
    }

    public String getProposal() {
        return proposal;
    }

    public Map<Long, Vote> getVotes() {
        return votes;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getExplanation() {
        return explanation;
    }
}
