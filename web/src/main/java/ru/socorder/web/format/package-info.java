/** Display formats of the UI: dates dd.MM.yyyy, money «1 234,56 ₽», identifiers in their canonical form. */
package ru.socorder.web.format;
