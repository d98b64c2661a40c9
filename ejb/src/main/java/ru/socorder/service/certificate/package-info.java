/**
 * Социальные сертификаты: the rules of consumers, applications, certificates, enrolments and contracts — their
 * lifecycles, eligibility for a certificate, the nominal — beside the boundaries that come next (issue 14). The
 * balance ledger's rules are on the aggregate ({@code model.certificate.Balance}, {@code CertificateMovement}).
 */
package ru.socorder.service.certificate;
