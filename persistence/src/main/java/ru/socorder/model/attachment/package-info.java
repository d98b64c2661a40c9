/** Uploaded files of any record: the description and, apart, the bytes. */
package ru.socorder.model.attachment;
