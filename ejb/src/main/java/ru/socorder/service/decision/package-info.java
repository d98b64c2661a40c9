/**
 * Решения об организации: the boundary for decisions (resolutions), their approbation plans, indicators and working
 * groups, and the plain rule classes: the Russian deadline parser, quorum and voting, indicator achievement.
 */
package ru.socorder.service.decision;
