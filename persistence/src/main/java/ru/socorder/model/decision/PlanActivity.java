package ru.socorder.model.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An activity of the approbation plan (мероприятие): text, structured deadline, expected result, responsible bodies. */
@Entity
@Table(name = "plan_activity")
public class PlanActivity {
    @Id
    @SequenceGenerator(name = "plan_activity_seq", sequenceName = "plan_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_activity_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false)
    private PlanStage stage;

    @Column(length = 20)
    private String number;

    @Column(nullable = false, length = 4000)
    private String text;

    @Embedded
    private Deadline deadline;

    @Column(length = 2000)
    private String result;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_activity_responsible", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "body", length = 500)
    private List<String> responsible = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityStatus status = ActivityStatus.PLANNED;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(length = 2000)
    private String evidence;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(nullable = false)
    private int position;

    protected PlanActivity() {
    }

    public PlanActivity(PlanStage stage, String number, String text, Deadline deadline, String result, int position) {
        this.stage = stage;
        this.number = number;
        this.text = text;
        this.deadline = deadline;
        this.result = result;
        this.position = position;
    }

    /** The status a person sees on {@code today}: an unfinished activity past its deadline is overdue. */
    public ActivityStatus statusOn(LocalDate today) {
        if (status == ActivityStatus.DONE) {
            return status;
        }
        LocalDate due = deadline == null ? null : deadline.nextDue(today);
        return due != null && today.isAfter(due) ? ActivityStatus.OVERDUE : status;
    }

    public void markDone(LocalDate on, String evidence) {
        this.status = ActivityStatus.DONE;
        this.doneOn = on;
        this.evidence = evidence;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PlanStage getStage() {
        return stage;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public void setDeadline(Deadline deadline) {
        this.deadline = deadline;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public List<String> getResponsible() {
        return responsible;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getPosition() {
        return position;
    }
}
