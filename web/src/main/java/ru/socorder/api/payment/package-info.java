/** {@code /api/v1/payment-runs}, {@code /api/v1/invoices} and {@code /api/v1/reconciliation}: the monthly payment cycle. */
package ru.socorder.api.payment;
