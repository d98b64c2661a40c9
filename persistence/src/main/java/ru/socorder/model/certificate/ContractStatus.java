package ru.socorder.model.certificate;

/** States of a consumer contract (domain.md §3.6; the contract is concluded when the executor confirms the enrolment). */
public enum ContractStatus {
    /** заключён */
    CONCLUDED,
    /** исполняется (обучение началось) */
    ACTIVE,
    /** исполнен */
    COMPLETED,
    /** расторгнут */
    TERMINATED
}
