/** API of decisions on organising services: the resolution as data, deadlines parsing, printed appendices. */
package ru.socorder.api.decision;
