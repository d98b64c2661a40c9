/**
 * Jakarta Security wiring: the authentication mechanism (form login for screens, HTTP Basic for the API, friendly
 * handling of expired sessions), the identity store over the user accounts, and the login screen.
 */
package ru.socorder.web.security;
