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
import ru.socorder.model.decision.AgendaItem;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.Vote;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.CurrentUser;

/** Рабочая группа: members and meetings; the quorum and the outcome of every vote come from {@link VotingRules}. */
@Stateless
@Interceptors(BoundaryFailures.class)
public class WorkingGroupService {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

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
     * the meeting is still recorded, and no item is adopted.
     */
    public Meeting recordMeeting(long groupId, MeetingForm form) {
        WorkingGroup g = group(groupId);
        decisions.requireEdit(g.getDecision());
        List<FieldError> errors = new ArrayList<>();
        if (form.getDate() == null) {
            errors.add(new FieldError("date", "Укажите дату заседания"));
        }
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
        Meeting meeting = new Meeting(g, form.getDate(), form.getProtocolNumber() == null ? null : form.getProtocolNumber().trim());
        meeting.setAttendance(members.size(), VotingRules.quorum(members.size(), present.size()));
        meeting.setRecommendations(form.getRecommendations());
        meeting.getPresent().addAll(present);
        present.stream().filter(m -> m.getRole() == GroupRole.HEAD).findFirst()
                .or(() -> present.stream().filter(m -> m.getRole() == GroupRole.DEPUTY).findFirst())
                .ifPresent(chair -> meeting.setSignedBy(chair.getFullName()));
        int position = 0;
        for (MeetingForm.Item item : form.getAgenda()) {
            AgendaItem a = new AgendaItem(meeting, position++, item.getQuestion().trim(), item.getProposal());
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
        g.getMeetings().add(meeting);
        em.persist(meeting);
        DatabaseErrors.flush(em, Map.of());
        audit.record(AuditEvent.MEETING_RECORDED, g.getDecision().getId(), form.getDate() + (meeting.isQuorum() ? ", кворум есть" : ", кворума нет"));
        return meeting;
    }

    private WorkingGroup group(long id) {
        WorkingGroup g = em.find(WorkingGroup.class, id);
        if (g == null) {
            throw new NotFound("Рабочая группа не найдена");
        }
        return g;
    }
}
