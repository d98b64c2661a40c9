/** Справочники: list and edit screens of the reference data (executors, services, authorities, territories, …). */
package ru.socorder.web.catalog;
