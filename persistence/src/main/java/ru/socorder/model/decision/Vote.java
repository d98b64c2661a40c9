package ru.socorder.model.decision;

/** A member's vote on an agenda item. */
public enum Vote {
    FOR, AGAINST, ABSTAIN
}
