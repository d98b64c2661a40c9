/** API of the reference data (справочники): executors, services, authorities, directions, units, territories, identifiers. */
package ru.socorder.api.catalog;
