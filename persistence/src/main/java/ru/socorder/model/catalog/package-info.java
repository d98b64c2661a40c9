/**
 * Справочники (reference data): territories, activity directions, authorised bodies, units of measure (ОКЕИ),
 * services of the basic/regional lists with their indicators, and service executors. Everything else refers
 * to these records.
 */
package ru.socorder.model.catalog;
