package ru.socorder.service.registry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.registry.Orientation;

/**
 * A programme as entered (screen, API): the authority that certifies it (an executor's user names it; a clerk's own
 * when none), the executor (a clerk names it), the service, the application it comes with (optional), name,
 * направленность, form, ages, duration, hours, capacity, description and addresses.
 */
public class ProgrammeDraft implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long authorityId;
    private Long executorId;
    private Long serviceId;
    private Long applicationId;
    private String name;
    private Orientation orientation;
    private ru.socorder.model.registry.ProgrammeForm form;
    private Integer ageFrom;
    private Integer ageTo;
    private Integer durationMonths;
    private BigDecimal hours;
    private Integer capacity;
    private String description;
    private List<String> addresses = new ArrayList<>();

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public Long getExecutorId() {
        return executorId;
    }

    public void setExecutorId(Long executorId) {
        this.executorId = executorId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Orientation getOrientation() {
        return orientation;
    }

    public void setOrientation(Orientation orientation) {
        this.orientation = orientation;
    }

    public ru.socorder.model.registry.ProgrammeForm getForm() {
        return form;
    }

    public void setForm(ru.socorder.model.registry.ProgrammeForm form) {
        this.form = form;
    }

    public Integer getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(Integer ageFrom) {
        this.ageFrom = ageFrom;
    }

    public Integer getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(Integer ageTo) {
        this.ageTo = ageTo;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<String> addresses) {
        this.addresses = addresses == null ? new ArrayList<>() : addresses;
    }
}
