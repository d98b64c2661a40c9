package ru.socorder.service.decision;

import java.io.Serializable;
import java.time.LocalDate;

/** A plan activity that is overdue or due soon, for the home page and the list of deadlines. */
public record PlanAlert(long decisionId, String decisionLabel, String territory, long activityId, String number, String text,
                        String deadline, LocalDate due, boolean overdue, String responsible) implements Serializable {
}
