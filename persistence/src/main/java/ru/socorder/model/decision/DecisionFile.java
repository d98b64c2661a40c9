package ru.socorder.model.decision;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The attached original of a decision (PDF/DOCX scan), kept apart so that lists never load it. */
@Entity
@Table(name = "decision_file")
public class DecisionFile {
    @Id
    @Column(name = "decision_id")
    private Long decisionId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected DecisionFile() {
    }

    public DecisionFile(Long decisionId, byte[] content) {
        this.decisionId = decisionId;
        this.content = content;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public byte[] getContent() {
        return content;
    }

    public void setContent(byte[] content) {
        this.content = content;
    }
}
