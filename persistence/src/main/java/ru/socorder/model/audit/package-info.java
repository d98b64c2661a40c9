/** Журнал аудита: who did what, when, to which record, with which comment. */
package ru.socorder.model.audit;
