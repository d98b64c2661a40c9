/**
 * Решения об организации: the list of decisions, the header form and the decision card — {@code DecisionCard} (the
 * decision shown) and one bean per tab (header, services, plan, indicators, working group, information support, history).
 */
package ru.socorder.web.decision;
