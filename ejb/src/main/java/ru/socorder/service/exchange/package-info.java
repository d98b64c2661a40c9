/**
 * Обмен файлами: reading tables clerks keep (CSV in UTF-8 or Windows-1251, XLSX) and writing lists to XLSX and CSV
 * (UTF-8 with BOM for Excel). Area packages map rows to their records; nothing here knows a business record.
 */
package ru.socorder.service.exchange;
