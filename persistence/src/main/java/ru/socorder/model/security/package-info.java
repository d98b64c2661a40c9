/** Пользователи и роли: user accounts, their roles and the organisation (authority or executor) each is bound to. */
package ru.socorder.model.security;
