/**
 * Реестр исполнителей: applications for inclusion and their review ({@link ru.socorder.service.registry.RegistryApplications},
 * the automatic {@link ru.socorder.service.registry.RegistryChecks}), the registry of each authority
 * ({@link ru.socorder.service.registry.RegistryEntries}, printed by {@link ru.socorder.service.registry.RegistryExtracts}),
 * programmes with their groups ({@link ru.socorder.service.registry.Programmes}) priced at the normative cost of a
 * человеко-час ({@link ru.socorder.service.registry.ServiceNormatives}, {@link ru.socorder.service.registry.ProgrammePricing}),
 * and the lifecycles of the three records.
 */
package ru.socorder.service.registry;
