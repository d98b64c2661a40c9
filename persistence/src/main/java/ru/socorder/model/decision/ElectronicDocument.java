package ru.socorder.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An electronic document of art. 8 (information support) and the information system that forms it. */
@Entity
@Table(name = "electronic_document")
public class ElectronicDocument {
    @Id
    @SequenceGenerator(name = "electronic_document_seq", sequenceName = "electronic_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "electronic_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 2000)
    private String name;

    @Column(name = "system_name", length = 500)
    private String system;

    protected ElectronicDocument() {
    }

    public ElectronicDocument(Decision decision, int number, String name, String system) {
        this.decision = decision;
        this.number = number;
        this.name = name;
        this.system = system;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getSystem() {
        return system;
    }
}
