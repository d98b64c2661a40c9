package ru.socorder.model.decision;

/** Lifecycle of a decision: draft → adopted → amended (by a later act) / expired. */
public enum DecisionStatus {
    DRAFT, ADOPTED, AMENDED, EXPIRED
}
