/**
 * Жизненный цикл записей: one state-table mechanism ({@link ru.socorder.service.lifecycle.Lifecycle}) for every area's
 * workflow, and one transition log of who moved which record from which state to which.
 */
package ru.socorder.service.lifecycle;
