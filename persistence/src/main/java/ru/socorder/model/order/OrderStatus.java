package ru.socorder.model.order;

/** Lifecycle states of a social order version. */
public enum OrderStatus {
    /** проект */
    DRAFT,
    /** на утверждении */
    UNDER_APPROVAL,
    /** утверждён */
    APPROVED,
    /** опубликован */
    PUBLISHED
}
