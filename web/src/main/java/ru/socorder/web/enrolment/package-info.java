/**
 * Screens of enrolments and contracts: the enrolments to answer (executor) or of the authority (clerk), the clerk's
 * registration of a parent's choice, contracts with their card (termination, change of executor), the home card, and
 * the parents' public check page.
 */
package ru.socorder.web.enrolment;
