package ru.socorder.model.certificate;

/** States of a social certificate (domain.md §3.4). */
public enum CertificateStatus {
    /** выдан: in the registry of recipients, no contract yet */
    ISSUED,
    /** используется: a contract has allocated part of the balance */
    IN_USE,
    /** приостановлен */
    SUSPENDED,
    /** закрыт: services delivered, outcome recorded */
    CLOSED,
    /** истёк срок действия */
    EXPIRED,
    /** отозван (аннулирован) */
    REVOKED;

    /** Whether the certificate still counts as the child's active one (it may be used or resumed). */
    public boolean isActive() {
        return this == ISSUED || this == IN_USE || this == SUSPENDED;
    }
}
