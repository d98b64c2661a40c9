/**
 * Screens of the registry of executors: inclusion applications (list, card with the automatic checks and the review),
 * the registry (list, entry card with its steps, history and extracts), programmes with groups, normative costs.
 */
package ru.socorder.web.registry;
