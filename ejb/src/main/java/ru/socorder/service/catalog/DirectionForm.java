package ru.socorder.service.catalog;

import java.io.Serializable;
import ru.socorder.model.catalog.ActivityDirection;

/** An activity direction as edited on the screen or in the API. */
public class DirectionForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private Long version;
    private String code;
    private String name;
    private String legalBasis;

    public static DirectionForm of(ActivityDirection e) {
        DirectionForm f = new DirectionForm();
        f.id = e.getId();
        f.version = e.getVersion();
        f.code = e.getCode();
        f.name = e.getName();
        f.legalBasis = e.getLegalBasis();
        return f;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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
