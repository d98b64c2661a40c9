package ru.socorder.service.lifecycle;

import java.io.Serializable;
import java.time.Instant;

/**
 * One step of a record's history as the card screen and the API show it.
 *
 * @param action      the action's code (as the API names it)
 * @param actionLabel «направить на утверждение», «принять» …
 * @param from        the state before, in Russian; null for the creation
 * @param to          the state after, in Russian
 */
public record HistoryEntry(Instant at, String actor, String role, String organisation, String action, String actionLabel,
                           String from, String to, String comment) implements Serializable {
}
