/**
 * Решения об организации оказания услуг: the resolution as data — services in scope with the selection method, the
 * approbation plan with structured deadlines, efficiency indicators, the working group with its meetings, and the
 * information support (electronic documents and systems).
 */
package ru.socorder.model.decision;
