package ru.socorder.service.catalog;

import java.io.Serializable;
import ru.socorder.model.catalog.MeasurementUnit;

/** A unit of measure (ОКЕИ) as edited on the screen or in the API. */
public class UnitForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private Long version;
    private String code;
    private String name;
    private String shortName;

    public static UnitForm of(MeasurementUnit e) {
        UnitForm f = new UnitForm();
        f.id = e.getId();
        f.version = e.getVersion();
        f.code = e.getCode();
        f.name = e.getName();
        f.shortName = e.getShortName();
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

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }
}
