package ru.socorder.service.decision;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.AgendaItem;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.Vote;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;

/**
 * Рабочая группа: members and meetings; the quorum and the outcome of every vote come from {@link VotingRules}, the
 * dates and who may vote from {@link MeetingRules}. A meeting is corrected or deleted until its protocol is signed;
 * every step is in the decision's audit log.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class WorkingGroupService {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @EJB
    private DecisionService decisions;

    /** Warnings about the composition (no head; no secretary — Luga's group has none although its regulations require one). */
    public List<String> warnings(long groupId) {
        WorkingGroup g = group(groupId);
        List<String> warnings = new ArrayList<>();
        if (g.getDelegatedTo() != null) {
            return warnings;
        }
        LocalDate today = LocalDate.now(clock);
        if (g.membersOn(today).stream().noneMatch(m -> m.getRole() == GroupRole.HEAD)) {
            warnings.add("В составе рабочей группы нет руководителя");
        }
        if (!g.hasSecretaryOn(today)) {
            warnings.add("В составе рабочей группы нет секретаря: протоколы вести и подписывать проекты решений некому");
        }
        return warnings;
    }

    public GroupMember addMember(long groupId, String fullName, String position, GroupRole role, LocalDate from) {
        WorkingGroup g = group(groupId);
        decisions.requireEdit(g.getDecision());
        List<FieldError> errors = new ArrayList<>();
        if (fullName == null || fullName.isBlank()) {
            errors.add(new FieldError("fullName", "Укажите ФИО члена рабочей группы"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "Укажите роль в рабочей группе"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        GroupMember m = new GroupMember(g, fullName.trim(), position == null ? null : position.trim(), role, g.getMembers().size());
        m.setPeriod(from, null);
        g.getMembers().add(m);
        em.persist(m);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.GROUP_MEMBER_ADDED, g.getDecision().getId(), fullName.trim() + " (" + role + ")");
        return m;
    }

    /** Ends a membership (composition changes over time; past meetings keep their attendance). */
    public void removeMember(long memberId, LocalDate until) {
        GroupMember m = em.find(GroupMember.class, memberId);
        if (m == null) {
            throw new NotFound("Член рабочей группы не найден");
        }
        decisions.requireEdit(m.getGroup().getDecision());
        m.setPeriod(m.getFrom(), until == null ? LocalDate.now(clock) : until);
        audit.record(AuditEvent.GROUP_MEMBER_REMOVED, m.getGroup().getDecision().getId(), m.getFullName());
    }

    /**
     * Records a meeting: attendance gives the quorum, the votes of each agenda item give its outcome. Without a quorum
     * the meeting is still recorded, and no item is adopted. The date and the votes follow {@link MeetingRules}.
     */
    public Meeting recordMeeting(long groupId, MeetingForm form) {
        WorkingGroup g = group(groupId);
        decisions.requireEdit(g.getDecision());
        Meeting meeting = new Meeting(g, form.getDate(), null);
        fill(meeting, form);
        g.getMeetings().add(meeting);
        em.persist(meeting);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.MEETING_RECORDED, g.getDecision().getId(), describe(meeting));
        return meeting;
    }

    /** Corrects a meeting whose protocol is not signed yet: everything is entered again, quorum and outcomes recomputed. */
    public Meeting updateMeeting(long meetingId, long version, MeetingForm form) {
        Meeting meeting = openMeeting(meetingId, version, "изменить");
        String before = describe(meeting);
        meeting.getPresent().clear();
        meeting.getAgenda().clear();
        em.flush();
        fill(meeting, form);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.MEETING_UPDATED, meeting.getGroup().getDecision().getId(), "было: " + before + "; стало: " + describe(meeting));
        return meeting;
    }

    /** Deletes a meeting recorded by mistake, while its protocol is not signed. */
    public void deleteMeeting(long meetingId, long version) {
        Meeting meeting = openMeeting(meetingId, version, "удалить");
        meeting.getGroup().getMeetings().remove(meeting);
        em.remove(meeting);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.MEETING_DELETED, meeting.getGroup().getDecision().getId(), describe(meeting));
    }

    /** Marks the protocol signed on a date: from then on the meeting is final. */
    public Meeting signProtocol(long meetingId, long version, LocalDate signedOn) {
        Meeting meeting = openMeeting(meetingId, version, "подписать ещё раз");
        List<FieldError> errors = MeetingRules.signedOn("signedOn", signedOn, meeting.getDate(), LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        meeting.sign(signedOn);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.MEETING_SIGNED, meeting.getGroup().getDecision().getId(),
                describe(meeting) + ", подписан " + RussianText.date(signedOn));
        return meeting;
    }

    /** The working group of a decision (404 when the decision keeps none). */
    public WorkingGroup groupOf(long decisionId) {
        return em.createQuery("select g from WorkingGroup g where g.decision.id = :d", WorkingGroup.class).setParameter("d", decisionId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("У решения нет рабочей группы"));
    }

    /** A meeting of the decision (404 for a meeting of another decision). */
    public Meeting meetingOf(long decisionId, long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null || !m.getGroup().getDecision().getId().equals(decisionId)) {
            throw new NotFound("Заседание рабочей группы не найдено");
        }
        return m;
    }

    /** Checks the form against the group and the rules, then writes it into the meeting. */
    private void fill(Meeting meeting, MeetingForm form) {
        WorkingGroup g = meeting.getGroup();
        Decision d = g.getDecision();
        List<FieldError> errors = new ArrayList<>(MeetingRules.date("date", form.getDate(),
                MeetingRules.earliest(d.getDate(), d.getEffectiveFrom(), d.getRetroactiveFrom()), LocalDate.now(clock)));
        if (form.getAgenda().isEmpty() || form.getAgenda().stream().anyMatch(i -> i.getQuestion() == null || i.getQuestion().isBlank())) {
            errors.add(new FieldError("agenda", "Укажите вопросы повестки дня"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        List<GroupMember> members = g.membersOn(form.getDate());
        List<GroupMember> present = members.stream().filter(m -> form.getPresent().contains(m.getId())).toList();
        if (present.size() != form.getPresent().size()) {
            throw new ValidationFailed("present", "Среди присутствующих указаны лица, не входящие в состав рабочей группы на дату заседания");
        }
        Map<Long, String> names = g.getMembers().stream().collect(Collectors.toMap(GroupMember::getId, GroupMember::getFullName));
        errors.addAll(MeetingRules.votes(form.getAgenda().stream().map(MeetingForm.Item::getVotes).toList(), form.getPresent(), names));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        meeting.correct(form.getDate(), DecisionService.trim(form.getProtocolNumber()));
        meeting.setAttendance(members.size(), VotingRules.quorum(members.size(), present.size()));
        meeting.setRecommendations(DecisionService.trim(form.getRecommendations()));
        meeting.getPresent().addAll(present);
        meeting.setSignedBy(present.stream().filter(m -> m.getRole() == GroupRole.HEAD).findFirst()
                .or(() -> present.stream().filter(m -> m.getRole() == GroupRole.DEPUTY).findFirst())
                .map(GroupMember::getFullName).orElse(null));
        int position = 0;
        for (MeetingForm.Item item : form.getAgenda()) {
            AgendaItem a = new AgendaItem(meeting, position++, item.getQuestion().trim(), DecisionService.trim(item.getProposal()));
            List<VotingRules.Present> votes = new ArrayList<>();
            for (GroupMember m : present) {
                Vote v = item.getVotes().get(m.getId());
                if (v != null) {
                    a.getVotes().put(m.getId(), v);
                }
                votes.add(new VotingRules.Present(m.getRole(), v));
            }
            VotingRules.Outcome outcome = VotingRules.decide(members.size(), votes);
            a.setOutcome(outcome.result().name(), outcome.explanation());
            meeting.getAgenda().add(a);
        }
    }

    /** A meeting of a decision the caller may change, at the version the caller saw, whose protocol is not signed. */
    private Meeting openMeeting(long meetingId, long version, String what) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null) {
            throw new NotFound("Заседание рабочей группы не найдено");
        }
        decisions.requireEdit(m.getGroup().getDecision());
        if (m.getVersion() != version) {
            throw Conflict.staleVersion();
        }
        if (m.isSigned()) {
            throw new Conflict("Протокол заседания " + RussianText.date(m.getDate()) + " подписан " + RussianText.date(m.getSignedOn())
                    + ": заседание нельзя " + what);
        }
        return m;
    }

    /** The meeting as the audit log names it. */
    private static String describe(Meeting m) {
        return "заседание " + RussianText.date(m.getDate()) + (m.getProtocolNumber() == null ? "" : ", протокол № " + m.getProtocolNumber())
                + ", присутствовали " + m.getPresent().size() + " из " + m.getMembersCount() + (m.isQuorum() ? ", кворум есть" : ", кворума нет");
    }

    private WorkingGroup group(long id) {
        WorkingGroup g = em.find(WorkingGroup.class, id);
        if (g == null) {
            throw new NotFound("Рабочая группа не найдена");
        }
        return g;
    }
}
