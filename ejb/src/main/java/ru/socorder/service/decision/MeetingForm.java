package ru.socorder.service.decision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.decision.Vote;

/** A meeting as recorded by the secretary: date, protocol number, who was present, agenda items with votes. */
public class MeetingForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String protocolNumber;
    private String recommendations;
    private Set<Long> present = new LinkedHashSet<>();
    private List<Item> agenda = new ArrayList<>();

    /** An agenda item: the question, the proposed decision, each present member's vote (member id → vote). */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private String question;
        private String proposal;
        private Map<Long, Vote> votes = new LinkedHashMap<>();

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }

        public String getProposal() {
            return proposal;
        }

        public void setProposal(String proposal) {
            this.proposal = proposal;
        }

        public Map<Long, Vote> getVotes() {
            return votes;
        }

        public void setVotes(Map<Long, Vote> votes) {
            this.votes = votes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(votes);
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getProtocolNumber() {
        return protocolNumber;
    }

    public void setProtocolNumber(String protocolNumber) {
        this.protocolNumber = protocolNumber;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public Set<Long> getPresent() {
        return present;
    }

    public void setPresent(Set<Long> present) {
        this.present = present == null ? new LinkedHashSet<>() : new LinkedHashSet<>(present);
    }

    public List<Item> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<Item> agenda) {
        this.agenda = agenda == null ? new ArrayList<>() : agenda;
    }
}
