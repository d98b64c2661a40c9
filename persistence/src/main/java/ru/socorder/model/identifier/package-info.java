/**
 * Identifiers of Russian registers as value objects: ИНН, КПП, ОГРН/ОГРНИП, СНИЛС, ОКТМО, the unique registry-record
 * number of a service, and the number of a social certificate (the project's own format, with a Damm check digit).
 * Parsing, check digits, lookalike correction and display formatting live here once; JSF validators, the REST API
 * and importers all call these classes.
 */
package ru.socorder.model.identifier;
