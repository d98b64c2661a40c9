/**
 * Производственный календарь: the days the Government's yearly decree moves (перенос выходных дней), kept as
 * exceptions to the Labour Code's rule of weekends and holidays.
 */
package ru.socorder.model.calendar;
