/**
 * Реестр исполнителей услуг в соответствии с социальным сертификатом: executors' applications for inclusion, the
 * registry entries of an authority, the programmes parents choose (дополнительные общеразвивающие программы) with
 * their groups, and the normative cost of a unit of a service that prices a programme. Consumers, certificates,
 * enrolments and contracts are in {@code model.certificate}, which refers to these records, never the other way.
 */
package ru.socorder.model.registry;
