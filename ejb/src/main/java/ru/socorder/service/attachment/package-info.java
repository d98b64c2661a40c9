/**
 * Attachments: one boundary ({@link ru.socorder.service.attachment.Attachments}) stores and returns uploaded files of
 * any record — checked name, type sniffed from the bytes against the types a use allows, size limit per use, SHA-256,
 * who and when. The owner's boundary checks the rights on its record and then calls it.
 */
package ru.socorder.service.attachment;
