/**
 * The REST API under {@code /api/v1} (JSON): health, the current user, and the resources of each business area in
 * sub-packages named like the ejb packages. Business exceptions become RFC 9457 problem bodies here, once.
 */
package ru.socorder.api;
