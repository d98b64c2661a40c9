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

/** A goal of the efficiency indicator table («Улучшение условий для оказания услуг НКО» …). */
@Entity
@Table(name = "efficiency_goal")
public class EfficiencyGoal {
    @Id
    @SequenceGenerator(name = "efficiency_goal_seq", sequenceName = "efficiency_goal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "efficiency_goal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @Column(length = 20)
    private String number;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(nullable = false)
    private int position;

    /** Which indicator table of the decision the goal belongs to (Kaluga: one table per service and ministry). */
    @Column(name = "indicator_table", nullable = false)
    private int indicatorTable = 1;

    /** All indicators of the goal, parents and «из них» children, in table order. */
    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EfficiencyIndicator> indicators = new ArrayList<>();

    protected EfficiencyGoal() {
    }

    public EfficiencyGoal(Decision decision, String number, String title, int position) {
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

    public int getIndicatorTable() {
        return indicatorTable;
    }

    public void setIndicatorTable(int indicatorTable) {
        this.indicatorTable = indicatorTable;
    }

    public List<EfficiencyIndicator> getIndicators() {
        return indicators;
    }
}
