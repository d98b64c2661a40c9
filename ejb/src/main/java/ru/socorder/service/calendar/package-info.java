/**
 * Производственный календарь: {@link ru.socorder.service.calendar.WorkingDays} (the Labour Code's rule with the days
 * the Government's yearly decree moves), {@link ru.socorder.service.calendar.ProductionCalendar} (the one every area
 * counts working days with) and {@link ru.socorder.service.calendar.WorkingCalendar} (the administrator keeps the days).
 */
package ru.socorder.service.calendar;
