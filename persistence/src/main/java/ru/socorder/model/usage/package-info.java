/**
 * Учёт оказанных услуг (issue 15): the hours an executor delivered under each consumer contract per month
 * ({@link ru.socorder.model.usage.ContractUsage}), the executor's monthly submission
 * ({@link ru.socorder.model.usage.UsageMonth}) and the authority's corrections after it
 * ({@link ru.socorder.model.usage.UsageCorrection}). A submitted row is consumed on the certificate's ledger
 * ({@code model.certificate.CertificateMovement}); this package refers to the certificate area, never the other way.
 */
package ru.socorder.model.usage;
