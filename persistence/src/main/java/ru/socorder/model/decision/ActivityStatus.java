package ru.socorder.model.decision;

/** Stored status of a plan activity; «просрочено» is derived from the deadline (see {@code PlanActivity#statusOn}). */
public enum ActivityStatus {
    PLANNED, IN_PROGRESS, DONE, OVERDUE
}
