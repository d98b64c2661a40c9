/**
 * Социальные сертификаты: the certificate settings of a territory and year, consumers (children) with their legal
 * representatives, applications for a certificate (idempotent, queued when the order's volume is exhausted),
 * certificates with their balance ledger, enrolments on programme groups and consumer contracts. Refers to the
 * registry of executors and programmes ({@code model.registry}).
 */
package ru.socorder.model.certificate;
