/** Решения об организации: the list of decisions and the decision screen (scope, plan, indicators, working group). */
package ru.socorder.web.decision;
