/** API of enrolments and consumer contracts, and the public certificate check (no login). */
package ru.socorder.api.enrolment;
