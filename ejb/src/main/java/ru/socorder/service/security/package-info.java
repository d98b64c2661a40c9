/**
 * Пользователи и права: password hashing (PBKDF2), credential checks for the identity store, the current caller
 * with the organisation it is bound to, the data-scope rules every boundary applies, and user administration.
 */
package ru.socorder.service.security;
