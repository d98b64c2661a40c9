package ru.socorder.web.order;

import java.io.Serializable;
import java.util.List;
import ru.socorder.model.catalog.IndicatorKind;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;

/** A line of the order as edited ({@link OrderEditor}): the service and the line data; its volume and quality rows refer to it. */
public class LineEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int key;
    private final long serviceId;
    private final String registryNumber;
    private final String service;
    private final List<String> qualityIndicators;
    private Integer determinationYear;
    private String place;
    private String volumeIndicator;
    private String unitCode;
    private String unitName;
    private String standardAct;
    private String newQuality;

    LineEdit(int key, SocialService s) {
        this.key = key;
        this.serviceId = s.getId();
        this.registryNumber = s.getRegistryNumber().formatted();
        this.service = s.getName() + (s.getContent() == null ? "" : " (" + s.getContent() + ")");
        this.qualityIndicators = s.getIndicators().stream().filter(i -> i.getKind() == IndicatorKind.QUALITY)
                .map(ServiceIndicator::getName).toList();
    }

    long serviceId() {
        return serviceId;
    }

    String unitCode() {
        return unitCode;
    }

    /** The unit of the volume indicator (code and name), or none. */
    void unit(MeasurementUnit unit) {
        unitCode = unit == null ? null : unit.getCode();
        unitName = unit == null ? null : unit.getName();
    }

    public int getKey() {
        return key;
    }

    public String getRegistryNumber() {
        return registryNumber;
    }

    public String getService() {
        return service;
    }

    public List<String> getQualityIndicators() {
        return qualityIndicators;
    }

    public Integer getDeterminationYear() {
        return determinationYear;
    }

    public void setDeterminationYear(Integer determinationYear) {
        this.determinationYear = determinationYear;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVolumeIndicator() {
        return volumeIndicator;
    }

    public void setVolumeIndicator(String volumeIndicator) {
        this.volumeIndicator = volumeIndicator;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getStandardAct() {
        return standardAct;
    }

    public void setStandardAct(String standardAct) {
        this.standardAct = standardAct;
    }

    public String getNewQuality() {
        return newQuality;
    }

    public void setNewQuality(String newQuality) {
        this.newQuality = newQuality;
    }
}
