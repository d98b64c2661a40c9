package ru.socorder.model.decision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A stage of the approbation plan (этап апробации) with its activities. */
@Entity
@Table(name = "plan_stage")
public class PlanStage {
    @Id
    @SequenceGenerator(name = "plan_stage_seq", sequenceName = "plan_stage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_stage_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @Column(length = 20)
    private String number;

    @Column(nullable = false, length = 2000)
    private String title;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanActivity> activities = new ArrayList<>();

    protected PlanStage() {
    }

    public PlanStage(Decision decision, String number, String title, int position) {
        this.decision = decision;
        this.number = number;
        this.title = title;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public List<PlanActivity> getActivities() {
        return activities;
    }
}
