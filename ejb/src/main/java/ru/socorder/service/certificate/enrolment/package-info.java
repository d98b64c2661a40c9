/**
 * Записи на программы и договоры с потребителями (issue 14): the parent's choice of a programme group for a certificate
 * ({@link ru.socorder.service.certificate.enrolment.Enrolments}), the consumer contracts it leads to with their
 * allocations on the certificate's ledger, early termination and the change of executor
 * ({@link ru.socorder.service.certificate.enrolment.Contracts}), and the parents' public check of a certificate
 * ({@link ru.socorder.service.certificate.enrolment.CertificateCheck}); plain rules beside them (working days, the
 * contract's money, the plan of a change of executor, what a choice must satisfy).
 */
package ru.socorder.service.certificate.enrolment;
