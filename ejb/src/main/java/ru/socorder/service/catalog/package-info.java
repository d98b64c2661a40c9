/** Справочники: the boundary for reference data (territories, directions, authorities, units, services, executors). */
package ru.socorder.service.catalog;
