/** Screens of the recipients, applications and the queue, the registry of recipients and the certificate terms (issue 14). */
package ru.socorder.web.certificate;
