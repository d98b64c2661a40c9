/**
 * Реестр исполнителей: the rules of the registry of executors and their programmes — the lifecycles of inclusion
 * applications, registry entries and programmes, and the price of a programme. Boundaries come next (issue 14).
 */
package ru.socorder.service.registry;
