package ru.socorder.model.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Направление деятельности under 189-FZ art. 28 part 2 / 2.1. */
@Entity
@Table(name = "activity_direction")
public class ActivityDirection {
    @Id
    @SequenceGenerator(name = "activity_direction_seq", sequenceName = "activity_direction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_direction_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    protected ActivityDirection() {
    }

    public ActivityDirection(String code, String name, String legalBasis) {
        this.code = code;
        this.name = name;
        this.legalBasis = legalBasis;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
