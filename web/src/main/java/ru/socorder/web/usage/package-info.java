/** Screens of delivered volume (учёт оказанных услуг): the executor's month, the executors' months, the file upload. */
package ru.socorder.web.usage;
