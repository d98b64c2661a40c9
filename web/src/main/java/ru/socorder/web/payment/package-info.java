/** Оплата: the month's payment calendar and run, invoices, the reconciliation report (screens). */
package ru.socorder.web.payment;
