/**
 * Соглашения with executors: agreements on financing or reimbursing costs under social certificates (one per executor
 * in the registry, service and year) and, next, agreements after a competition — versions of a family (amendments),
 * lines of volume per service and year at a price per unit, payment mode and advance share, the payee's bank details
 * ({@link ru.socorder.model.agreement.BankDetails}, checked by {@link ru.socorder.model.agreement.BankAccountRules}).
 */
package ru.socorder.model.agreement;
