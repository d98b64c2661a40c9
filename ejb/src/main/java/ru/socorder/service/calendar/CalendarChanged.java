package ru.socorder.service.calendar;

/** The stored exceptions of the production calendar changed (fired in the changing transaction). */
public record CalendarChanged(int year) {
}
