package ru.socorder.model.registry;

/** States of an application for inclusion in the registry of executors (domain.md §3.3). */
public enum RegistryApplicationStatus {
    /** черновик: the executor (or a clerk from paper) is filling it in */
    DRAFT,
    /** подана */
    SUBMITTED,
    /** на рассмотрении */
    UNDER_REVIEW,
    /** возвращена на доработку */
    RETURNED,
    /** исполнитель включён в реестр */
    INCLUDED,
    /** отказано во включении */
    REFUSED,
    /** отозвана заявителем */
    WITHDRAWN
}
