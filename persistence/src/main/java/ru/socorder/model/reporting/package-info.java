/** Printed forms: templates an administrator replaced ({@link ru.socorder.model.reporting.PrintTemplate}). */
package ru.socorder.model.reporting;
