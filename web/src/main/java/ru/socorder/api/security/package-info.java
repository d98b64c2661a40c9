/** API of user administration (administrators only, enforced in {@code AccountService}). */
package ru.socorder.api.security;
