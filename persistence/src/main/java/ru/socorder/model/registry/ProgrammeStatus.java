package ru.socorder.model.registry;

/** States of a programme: drafted by the executor, certified (included) by the authority like a registry entry. */
public enum ProgrammeStatus {
    DRAFT, SUBMITTED, RETURNED, CERTIFIED, REFUSED, SUSPENDED, EXCLUDED, WITHDRAWN
}
