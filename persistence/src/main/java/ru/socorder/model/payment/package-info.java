/**
 * Оплата: payment runs per authority and month, the invoices they produce (settlement acts and advances), their lines
 * per contract and the payment orders (migration V27). Records refer to agreements, executors and contracts by id.
 */
package ru.socorder.model.payment;
