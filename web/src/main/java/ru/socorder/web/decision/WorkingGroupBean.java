package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.Vote;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.service.decision.MeetingForm;
import ru.socorder.service.decision.WorkingGroupService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** The «Рабочая группа» tab of the decision card: the composition and its warnings, members joining and leaving, meetings. */
@Named("workingGroup")
@ViewScoped
public class WorkingGroupBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionCard card;

    @EJB
    private WorkingGroupService groups;

    private List<String> warnings;
    private int warningsRevision;

    private String memberName;
    private String memberPosition;
    private GroupRole memberRole = GroupRole.MEMBER;

    private LocalDate meetingDate;
    private String protocolNumber;
    private String question;
    private String recommendations;
    private Map<Long, Boolean> attendance = new LinkedHashMap<>();
    private Map<Long, Vote> votes = new LinkedHashMap<>();

    /** The group of the decision; none for a decision whose group is kept elsewhere. */
    public WorkingGroup getGroup() {
        return card.getView().group();
    }

    /** Warnings about the composition, read again with the decision. */
    public List<String> getWarnings() {
        if (warnings == null || warningsRevision != card.getRevision()) {
            warnings = getGroup() == null ? List.of() : groups.warnings(getGroup().getId());
            warningsRevision = card.getRevision();
        }
        return warnings;
    }

    /** The composition today (members who left are kept for past meetings but not listed). */
    public List<GroupMember> getActiveMembers() {
        return getGroup() == null ? List.of() : getGroup().membersOn(card.getToday());
    }

    /** The composition on the date of the meeting being recorded. */
    public List<GroupMember> getCurrentMembers() {
        return getGroup() == null ? List.of() : getGroup().membersOn(meetingDate == null ? card.getToday() : meetingDate);
    }

    public void addMember() {
        if (card.change("main", () -> {
            groups.addMember(getGroup().getId(), memberName, memberPosition, memberRole, card.getToday());
            FacesErrors.info(Bundle.text("group.memberAdded"));
        })) {
            memberName = null;
            memberPosition = null;
            memberRole = GroupRole.MEMBER;
        }
    }

    public void removeMember(GroupMember member) {
        card.change(null, () -> {
            groups.removeMember(member.getId(), card.getToday());
            FacesErrors.info(Bundle.text("group.memberRemoved"));
        });
    }

    public void prepareMeeting() {
        meetingDate = card.getToday();
        protocolNumber = null;
        question = null;
        recommendations = null;
        attendance = new LinkedHashMap<>();
        votes = new LinkedHashMap<>();
    }

    public void recordMeeting() {
        card.changeInDialog("meetingDialog", "meetingForm", () -> {
            Meeting m = groups.recordMeeting(getGroup().getId(), meetingForm());
            FacesErrors.info(m.isQuorum() ? Bundle.text("meeting.recorded") : Bundle.text("meeting.noQuorum"));
        });
    }

    /** The dialog as the boundary's form: one agenda item, the votes of those present. */
    private MeetingForm meetingForm() {
        MeetingForm form = new MeetingForm();
        form.setDate(meetingDate);
        form.setProtocolNumber(protocolNumber);
        form.setRecommendations(recommendations);
        Set<Long> present = new LinkedHashSet<>();
        attendance.forEach((member, here) -> {
            if (Boolean.TRUE.equals(here)) {
                present.add(member);
            }
        });
        form.setPresent(present);
        MeetingForm.Item item = new MeetingForm.Item();
        item.setQuestion(question);
        Map<Long, Vote> presentVotes = new LinkedHashMap<>();
        votes.forEach((member, vote) -> {
            if (present.contains(member) && vote != null) {
                presentVotes.put(member, vote);
            }
        });
        item.setVotes(presentVotes);
        form.setAgenda(question == null || question.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(item)));
        return form;
    }

    public String role(GroupRole role) {
        return Bundle.text("groupRole." + role.name());
    }

    public String outcome(String outcome) {
        return Bundle.text("outcome." + outcome);
    }

    public Vote[] getVoteOptions() {
        return Vote.values();
    }

    public GroupRole[] getRoles() {
        return GroupRole.values();
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberPosition() {
        return memberPosition;
    }

    public void setMemberPosition(String memberPosition) {
        this.memberPosition = memberPosition;
    }

    public GroupRole getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(GroupRole memberRole) {
        this.memberRole = memberRole;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getProtocolNumber() {
        return protocolNumber;
    }

    public void setProtocolNumber(String protocolNumber) {
        this.protocolNumber = protocolNumber;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public Map<Long, Boolean> getAttendance() {
        return attendance;
    }

    public Map<Long, Vote> getVotes() {
        return votes;
    }
}
