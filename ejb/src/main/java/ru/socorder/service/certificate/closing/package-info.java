/**
 * Закрытие года (issue 15): the closing calendar of a territory and year ({@code ClosingCalendars}, guards of the
 * issuing and contract paths), the year end ({@code YearEnd}: contracts completed or continued into the next year,
 * unconsumed allocations released, balances expired — each unit a transaction of its own) and its boundary
 * ({@code YearClosingService}: calendar, run, the continuation report). Rules in {@code ClosingRules}.
 */
package ru.socorder.service.certificate.closing;
