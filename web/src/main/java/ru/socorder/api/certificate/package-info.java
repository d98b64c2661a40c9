/** API of the recipients, applications, certificates and their terms (issue 14). */
package ru.socorder.api.certificate;
