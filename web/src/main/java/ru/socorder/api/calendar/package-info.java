/** {@code /api/v1/working-calendar}: the production calendar (производственный календарь). */
package ru.socorder.api.calendar;
