/** Журнал аудита: every boundary records what it changed, who did it and when. */
package ru.socorder.service.audit;
