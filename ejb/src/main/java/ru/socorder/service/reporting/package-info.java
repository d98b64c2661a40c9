/**
 * Отчётность и печатные формы: the JasperReports engine (templates in {@code reports/<area>/}, compiled once and
 * cached, DejaVu fonts embedded) and the printers that turn business records into official forms (PDF, DOCX).
 */
package ru.socorder.service.reporting;
