/** Администрирование: user accounts, roles and their binding to authorities and executors. */
package ru.socorder.web.admin;
