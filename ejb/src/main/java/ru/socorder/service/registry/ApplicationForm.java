package ru.socorder.service.registry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.service.catalog.LicenceDraft;

/**
 * An application for inclusion as entered (screen, API): the authority whose registry it is (an executor's user names
 * it; a clerk's own authority when none), the executor (a clerk filing a paper application names it; an executor's
 * user files for its own organisation), the services by id or registry number, and the licence.
 */
public class ApplicationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long authorityId;
    private Long executorId;
    private List<Long> serviceIds = new ArrayList<>();
    private List<String> registryNumbers = new ArrayList<>();
    private LicenceDraft licence;

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

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds == null ? new ArrayList<>() : serviceIds;
    }

    public List<String> getRegistryNumbers() {
        return registryNumbers;
    }

    public void setRegistryNumbers(List<String> registryNumbers) {
        this.registryNumbers = registryNumbers == null ? new ArrayList<>() : registryNumbers;
    }

    public LicenceDraft getLicence() {
        return licence;
    }

    public void setLicence(LicenceDraft licence) {
        this.licence = licence;
    }
}
