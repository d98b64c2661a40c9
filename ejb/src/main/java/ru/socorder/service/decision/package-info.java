/**
 * Решения об организации: the boundaries for decisions (resolutions) — the decision itself with its rights checks, its
 * approbation plan, indicators, documents and working group — and the plain rule classes: the Russian deadline parser,
 * quorum and voting, indicator achievement, the lifecycle, the printed appendices.
 */
package ru.socorder.service.decision;
