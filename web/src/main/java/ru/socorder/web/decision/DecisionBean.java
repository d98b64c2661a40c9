package ru.socorder.web.decision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.decision.Achievement;
import ru.socorder.model.decision.ActivityStatus;
import ru.socorder.model.decision.Deadline;
import ru.socorder.model.decision.EfficiencyIndicator;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.Meeting;
import ru.socorder.model.decision.PlanActivity;
import ru.socorder.model.decision.Vote;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.decision.ActivityForm;
import ru.socorder.service.decision.DeadlineParser;
import ru.socorder.service.decision.ApprobationPlanService;
import ru.socorder.service.decision.DecisionDocuments;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.service.decision.DecisionView;
import ru.socorder.service.decision.IndicatorRules;
import ru.socorder.service.decision.IndicatorService;
import ru.socorder.service.decision.MeetingForm;
import ru.socorder.service.decision.WorkingGroupService;
import ru.socorder.web.shell.Bundle;
import ru.socorder.web.shell.FacesErrors;

/** Решение: one decision with its services, approbation plan, indicators, working group and information support. */
@Named("decision")
@ViewScoped
public class DecisionBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @EJB
    private WorkingGroupService groups;

    @EJB
    private ApprobationPlanService plans;

    @EJB
    private IndicatorService indicators;

    @EJB
    private DecisionDocuments documents;

    @Inject
    private Clock clock;

    private Long id;
    private int activeTab;
    private DecisionView view;
    private List<String> groupWarnings = List.of();

    private ActivityForm activity = new ActivityForm();
    private String responsibleText;

    private PlanActivity doneActivity;
    private LocalDate doneOn;
    private String evidence;

    private EfficiencyIndicator actualIndicator;
    private Integer actualYear;
    private String actualValue;
    private String actualSource;

    private LocalDate meetingDate;
    private String protocolNumber;
    private String question;
    private String recommendations;
    private Map<Long, Boolean> attendance = new LinkedHashMap<>();
    private Map<Long, Vote> votes = new LinkedHashMap<>();

    public void load() {
        if (id == null) {
            throw new ru.socorder.service.common.NotFound("Решение не указано");
        }
        if (view == null) {
            reload();
        }
    }

    private void reload() {
        view = decisions.view(id);
        history = null;
        groupWarnings = view.group() == null ? List.of() : groups.warnings(view.group().getId());
    }

    /** Keeps the open tab across updates of the screen. */
    public void onTabChange(org.primefaces.event.TabChangeEvent<?> event) {
        activeTab = Math.max(0, event.getComponent().getChildren().indexOf(event.getTab()));
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** Live preview of the deadline the clerk types. */
    public Deadline getParsedDeadline() {
        return activity.getDeadline() == null || activity.getDeadline().isBlank() ? null : DeadlineParser.parse(activity.getDeadline());
    }

    public String dueText(Deadline d) {
        LocalDate due = d == null ? null : d.nextDue(getToday());
        return due == null ? "" : String.format("%02d.%02d.%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
    }

    public void newActivity(Long stageId) {
        activity = new ActivityForm();
        activity.setStageId(stageId);
        responsibleText = null;
    }

    public void addActivity() {
        try {
            activity.setResponsible(responsibleText == null ? List.of() : Arrays.stream(responsibleText.split("[,;\\n]")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList());
            PlanActivity a = plans.addActivity(id, activity);
            FacesErrors.info(Bundle.text("plan.added", a.getNumber() == null ? a.getText() : a.getNumber()));
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('activityDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "activityForm");
        }
    }

    public void prepareDone(PlanActivity a) {
        doneActivity = a;
        doneOn = getToday();
        evidence = null;
    }

    public void markDone() {
        try {
            plans.setStatus(id, doneActivity.getId(), doneActivity.getVersion(), ActivityStatus.DONE, doneOn, evidence);
            FacesErrors.info(Bundle.text("plan.done", doneActivity.getNumber() == null ? "" : doneActivity.getNumber()));
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('doneDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "doneForm");
        }
    }

    public void startActivity(PlanActivity a) {
        try {
            plans.setStatus(id, a.getId(), a.getVersion(), ActivityStatus.IN_PROGRESS, null, null);
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public String statusLabel(PlanActivity a) {
        return Bundle.text("activityStatus." + a.statusOn(getToday()).name());
    }

    public String statusClass(PlanActivity a) {
        return "app-status-" + a.statusOn(getToday()).name();
    }

    public void prepareActual(EfficiencyIndicator i) {
        actualIndicator = i;
        actualYear = getToday().getYear();
        actualValue = null;
        actualSource = null;
    }

    public void recordActual() {
        try {
            indicators.recordActual(actualIndicator.getId(), actualIndicator.getVersion(), actualYear == null ? 0 : actualYear, actualValue,
                    getToday(), actualSource);
            FacesErrors.info(Bundle.text("indicator.recorded"));
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('actualDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "actualForm");
        }
    }

    public String achievement(EfficiencyIndicator i) {
        Achievement a = IndicatorRules.achievement(i.getValueType(), i.getTargetValue(), i.latestActual().map(x -> x.getValue()).orElse(null));
        return Bundle.text("achievement." + a.name());
    }

    public String latestActual(EfficiencyIndicator i) {
        return i.latestActual().map(a -> a.getValue() + " (" + a.getYear() + ")").orElse("");
    }

    public boolean childExceeds(EfficiencyIndicator i) {
        return i.getParent() != null && (IndicatorRules.childExceedsParent(i.getValueType(), i.getParent().getBaseValue(), i.getBaseValue())
                || IndicatorRules.childExceedsParent(i.getValueType(), i.getParent().getTargetValue(), i.getTargetValue()));
    }

    public String indicatorType(EfficiencyIndicator i) {
        return i.getType() == null ? Bundle.text("indicatorType.CHILD") : Bundle.text("indicatorType." + i.getType().name());
    }

    public void prepareMeeting() {
        meetingDate = getToday();
        protocolNumber = null;
        question = null;
        recommendations = null;
        attendance = new LinkedHashMap<>();
        votes = new LinkedHashMap<>();
    }

    /** The composition today (members who left are kept for past meetings but not listed). */
    public List<GroupMember> getActiveMembers() {
        return view.group() == null ? List.of() : view.group().membersOn(getToday());
    }

    public List<GroupMember> getCurrentMembers() {
        return view.group() == null ? List.of() : view.group().membersOn(meetingDate == null ? getToday() : meetingDate);
    }

    public void recordMeeting() {
        try {
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
            Meeting m = groups.recordMeeting(view.group().getId(), form);
            FacesErrors.info(m.isQuorum() ? Bundle.text("meeting.recorded") : Bundle.text("meeting.noQuorum"));
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('meetingDialog').hide()");
        } catch (BusinessException e) {
            FacesErrors.show(e, "meetingForm");
        }
    }

    public String memberName(Long memberId) {
        return view.group().getMembers().stream().filter(m -> m.getId().equals(memberId)).map(GroupMember::getFullName).findFirst().orElse("");
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

    private Long scopeServiceId;
    private ru.socorder.model.decision.SelectionMethod scopeMethod = ru.socorder.model.decision.SelectionMethod.CERTIFICATE;
    private List<ru.socorder.service.catalog.OptionItem> territoryServices;
    private String exclusionsText;

    @EJB
    private ru.socorder.service.catalog.ServiceCatalog serviceCatalog;

    /** Services of the decision's territory, for adding to the scope. */
    public List<ru.socorder.service.catalog.OptionItem> getTerritoryServices() {
        if (territoryServices == null) {
            territoryServices = serviceCatalog.options(view.decision().getTerritory().getId());
        }
        return territoryServices;
    }

    public void addService() {
        try {
            decisions.addService(view.decision().getId(), scopeServiceId == null ? -1 : scopeServiceId, scopeMethod,
                    view.decision().getAuthorities().stream().findFirst().map(a -> a.getId()).orElse(null));
            scopeServiceId = null;
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public void removeService(ru.socorder.model.decision.ServiceInScope scope) {
        try {
            decisions.removeService(scope.getId());
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public void saveExclusions() {
        try {
            decisions.setExclusions(view.decision().getId(), view.decision().getVersion(),
                    exclusionsText == null ? List.of() : Arrays.asList(exclusionsText.split("\\n")));
            reload();
            exclusionsText = null;
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public String getExclusionsText() {
        return exclusionsText != null ? exclusionsText : String.join("\n", view.decision().getExclusions());
    }

    public void setExclusionsText(String exclusionsText) {
        this.exclusionsText = exclusionsText;
    }

    public Long getScopeServiceId() {
        return scopeServiceId;
    }

    public void setScopeServiceId(Long scopeServiceId) {
        this.scopeServiceId = scopeServiceId;
    }

    public ru.socorder.model.decision.SelectionMethod getScopeMethod() {
        return scopeMethod;
    }

    public void setScopeMethod(ru.socorder.model.decision.SelectionMethod scopeMethod) {
        this.scopeMethod = scopeMethod;
    }

    public ru.socorder.model.decision.SelectionMethod[] getMethods() {
        return ru.socorder.model.decision.SelectionMethod.values();
    }

    /** Editable copy of the information support (documents, systems, portal, paper). */
    public static class DocumentLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String system;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSystem() {
            return system;
        }

        public void setSystem(String system) {
            this.system = system;
        }
    }

    private List<DocumentLine> documentLines;
    private String systemsText;
    private String portalText;
    private String paperText;

    private void copyInformationSupport() {
        documentLines = new ArrayList<>();
        view.documents().forEach(doc -> {
            DocumentLine line = new DocumentLine();
            line.setName(doc.getName());
            line.setSystem(doc.getSystem());
            documentLines.add(line);
        });
        systemsText = String.join("\n", view.decision().getSystems());
        portalText = view.decision().getPortalText();
        paperText = view.decision().getPaperFallback();
    }

    public List<DocumentLine> getDocumentLines() {
        if (documentLines == null) {
            copyInformationSupport();
        }
        return documentLines;
    }

    public void addDocumentLine() {
        getDocumentLines().add(new DocumentLine());
    }

    public void removeDocumentLine(DocumentLine line) {
        getDocumentLines().remove(line);
    }

    public void saveInformationSupport() {
        try {
            decisions.setInformationSupport(view.decision().getId(), view.decision().getVersion(),
                    getDocumentLines().stream().map(l -> new DecisionService.DocumentRow(l.getName(), l.getSystem())).toList(),
                    systemsText == null ? List.of() : Arrays.asList(systemsText.split("\\n")), portalText, paperText);
            FacesErrors.info(Bundle.text("info.saved"));
            reload();
            documentLines = null;
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public String getSystemsText() {
        if (documentLines == null) {
            copyInformationSupport();
        }
        return systemsText;
    }

    public void setSystemsText(String systemsText) {
        this.systemsText = systemsText;
    }

    public String getPortalText() {
        return portalText;
    }

    public void setPortalText(String portalText) {
        this.portalText = portalText;
    }

    public String getPaperText() {
        return paperText;
    }

    public void setPaperText(String paperText) {
        this.paperText = paperText;
    }

    private java.util.List<ru.socorder.service.lifecycle.HistoryEntry> history;
    private String memberName;
    private String memberPosition;
    private GroupRole memberRole = GroupRole.MEMBER;

    public void adopt() {
        try {
            decisions.adopt(view.decision().getId(), view.decision().getVersion());
            FacesErrors.info(Bundle.text("decision.adopted"));
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public void expire() {
        try {
            decisions.expire(view.decision().getId(), view.decision().getVersion());
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public void addMember() {
        try {
            groups.addMember(view.group().getId(), memberName, memberPosition, memberRole, getToday());
            FacesErrors.info(Bundle.text("group.memberAdded"));
            memberName = null;
            memberPosition = null;
            memberRole = GroupRole.MEMBER;
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, "main");
        }
    }

    public void removeMember(GroupMember member) {
        try {
            groups.removeMember(member.getId(), getToday());
            FacesErrors.info(Bundle.text("group.memberRemoved"));
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
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

    /** Attaches the original of the act (PDF or DOCX). */
    public void uploadFile(org.primefaces.event.FileUploadEvent event) {
        try (java.io.InputStream in = event.getFile().getInputStream()) {
            String stored = documents.attachOriginal(view.decision().getId(), event.getFile().getFileName(), in.readAllBytes()).getFileName();
            FacesErrors.info(Bundle.text("decision.fileAttached", stored));
            reload();
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        } catch (java.io.IOException e) {
            FacesErrors.show(new ru.socorder.service.common.ValidationFailed("file", "Файл не удалось получить: загрузите его снова"), null);
        }
    }

    /** Whether the lifecycle table lets the current user take the step now (what the toolbar offers). */
    public boolean can(String action) {
        return ru.socorder.service.decision.DecisionLifecycle.TABLE.allows(view.decision().getStatus(),
                ru.socorder.service.decision.DecisionLifecycle.Action.valueOf(action), decisions.actor(view.decision()));
    }

    /** The steps of the decision's lifecycle, for the «История» tab (read once per view). */
    public java.util.List<ru.socorder.service.lifecycle.HistoryEntry> getHistory() {
        if (history == null) {
            history = decisions.history(view.decision().getId());
        }
        return history;
    }

    public String statusText() {
        return ru.socorder.service.decision.DecisionLifecycle.label(view.decision().getStatus());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DecisionView getView() {
        return view;
    }

    public List<String> getGroupWarnings() {
        return groupWarnings;
    }

    public ActivityForm getActivity() {
        return activity;
    }

    public String getResponsibleText() {
        return responsibleText;
    }

    public void setResponsibleText(String responsibleText) {
        this.responsibleText = responsibleText;
    }

    public PlanActivity getDoneActivity() {
        return doneActivity;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public EfficiencyIndicator getActualIndicator() {
        return actualIndicator;
    }

    public Integer getActualYear() {
        return actualYear;
    }

    public void setActualYear(Integer actualYear) {
        this.actualYear = actualYear;
    }

    public String getActualValue() {
        return actualValue;
    }

    public void setActualValue(String actualValue) {
        this.actualValue = actualValue;
    }

    public String getActualSource() {
        return actualSource;
    }

    public void setActualSource(String actualSource) {
        this.actualSource = actualSource;
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
