/**
 * Identifiers of Russian registers as value objects: ИНН, КПП, ОГРН/ОГРНИП, СНИЛС, ОКТМО and the unique
 * registry-record number of a service. Parsing, check digits, lookalike correction and display formatting live
 * here once; JSF validators, the REST API and importers all call these classes.
 */
package ru.socorder.model.identifier;
