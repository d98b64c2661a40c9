/**
 * Platform services: schema migrations at startup, demo-mode detection, the clock, application and database
 * information for the health endpoint.
 */
package ru.socorder.service.system;
