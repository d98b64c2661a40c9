/** {@code /api/v1/executor-registry} (applications, entries, extracts), {@code /api/v1/programmes}, {@code /api/v1/service-normatives}. */
package ru.socorder.api.registry;
