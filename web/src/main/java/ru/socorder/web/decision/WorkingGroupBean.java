package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
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
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.AgendaItem;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.Vote;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.service.decision.MeetingForm;
import ru.socorder.service.decision.WorkingGroupService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/**
 * The «Рабочая группа» tab of the decision card: the composition and its warnings, members joining and leaving,
 * meetings recorded, corrected and deleted until their protocols are signed; the choice of protocols to print.
 */
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
    /** The meeting being corrected; null while a new one is recorded. */
    private Meeting editedMeeting;
    /** Agenda items of a corrected meeting beyond the first, kept unchanged. */
    private List<MeetingForm.Item> otherItems = new ArrayList<>();

    private Meeting signedMeeting;
    private LocalDate signedOn;

    /** Ids of the meetings whose protocols the print includes. */
    private List<String> printed = new ArrayList<>();

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
        editedMeeting = null;
        meetingDate = card.getToday();
        protocolNumber = null;
        question = null;
        recommendations = null;
        attendance = new LinkedHashMap<>();
        votes = new LinkedHashMap<>();
        otherItems = new ArrayList<>();
    }

    /** Opens a recorded meeting for correction (its first agenda item in the dialog; the others are kept as they are). */
    public void prepareEdit(Meeting m) {
        prepareMeeting();
        editedMeeting = m;
        meetingDate = m.getDate();
        protocolNumber = m.getProtocolNumber();
        recommendations = m.getRecommendations();
        m.getPresent().forEach(member -> attendance.put(member.getId(), true));
        List<AgendaItem> agenda = m.getAgenda();
        if (!agenda.isEmpty()) {
            question = agenda.get(0).getQuestion();
            votes.putAll(agenda.get(0).getVotes());
        }
        for (AgendaItem item : agenda.subList(Math.min(1, agenda.size()), agenda.size())) {
            MeetingForm.Item kept = new MeetingForm.Item();
            kept.setQuestion(item.getQuestion());
            kept.setProposal(item.getProposal());
            kept.setVotes(item.getVotes());
            otherItems.add(kept);
        }
    }

    /** A member marked absent has no vote: the vote is cleared (the boundary refuses votes of absent members anyway). */
    public void presenceChanged(Long memberId) {
        if (!Boolean.TRUE.equals(attendance.get(memberId))) {
            votes.remove(memberId);
        }
    }

    public boolean isPresent(Long memberId) {
        return Boolean.TRUE.equals(attendance.get(memberId));
    }

    public void saveMeeting() {
        card.changeInDialog("meetingDialog", "meetingForm", () -> {
            Meeting m = editedMeeting == null ? groups.recordMeeting(getGroup().getId(), meetingForm())
                    : groups.updateMeeting(editedMeeting.getId(), editedMeeting.getVersion(), meetingForm());
            FacesErrors.info(Bundle.text(editedMeeting != null ? "meeting.updated" : m.isQuorum() ? "meeting.recorded" : "meeting.noQuorum"));
        });
    }

    public void deleteMeeting(Meeting m) {
        card.change(null, () -> {
            groups.deleteMeeting(m.getId(), m.getVersion());
            FacesErrors.info(Bundle.text("meeting.deleted", RussianText.date(m.getDate())));
        });
    }

    public void prepareSign(Meeting m) {
        signedMeeting = m;
        signedOn = card.getToday();
    }

    public void signProtocol() {
        card.changeInDialog("signDialog", "signForm", () -> {
            groups.signProtocol(signedMeeting.getId(), signedMeeting.getVersion(), signedOn);
            FacesErrors.info(Bundle.text("meeting.signed", RussianText.date(signedMeeting.getDate())));
        });
    }

    /** The dialog as the boundary's form: the item in the dialog first, the votes as entered (only those present may vote). */
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
        List<MeetingForm.Item> agenda = new ArrayList<>();
        if (question != null && !question.isBlank()) {
            MeetingForm.Item item = new MeetingForm.Item();
            item.setQuestion(question);
            Map<Long, Vote> given = new LinkedHashMap<>();
            votes.forEach((member, vote) -> {
                if (vote != null) {
                    given.put(member, vote);
                }
            });
            item.setVotes(given);
            agenda.add(item);
        }
        agenda.addAll(otherItems);
        form.setAgenda(agenda);
        return form;
    }

    /** A date as the screens write it. */
    public String date(LocalDate date) {
        return date == null ? "" : RussianText.date(date);
    }

    /** The meeting in the print dialog's list: its protocol and whether it is signed. */
    public String protocolLabel(Meeting m) {
        return Bundle.text(m.getProtocolNumber() == null ? "meeting.label" : "meeting.labelNumbered", RussianText.date(m.getDate()),
                m.getProtocolNumber(), Bundle.text(m.isSigned() ? "meeting.print.signed" : "meeting.print.draft"));
    }

    /** Opens the print dialog with the signed protocols chosen. */
    public void preparePrint() {
        printed = getGroup() == null ? new ArrayList<>()
                : new ArrayList<>(getGroup().getMeetings().stream().filter(Meeting::isSigned).map(m -> m.getId().toString()).toList());
    }

    /** The print of the appendices with the chosen protocols ({@code pdf} or {@code docx}), as the API serves it. */
    public String printHref(String format) {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/decisions/" + card.getId()
                + "/appendices." + format;
        return printed.isEmpty() ? base : base + "?protocols=" + String.join(",", printed);
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

    public Meeting getEditedMeeting() {
        return editedMeeting;
    }

    public Meeting getSignedMeeting() {
        return signedMeeting;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public List<String> getPrinted() {
        return printed;
    }

    public void setPrinted(List<String> printed) {
        this.printed = printed == null ? new ArrayList<>() : new ArrayList<>(printed);
    }
}
