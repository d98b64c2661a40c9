package ru.socorder.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * Requests to the public certificate check per client address, in memory — the same store as the login failures
 * ({@link AddressFailures}: atomic per address, pruned when it grows) but a map of its own, so checks and logins
 * never count against each other.
 */
@ApplicationScoped
@Typed(PublicCheckAddresses.class)
public class PublicCheckAddresses extends AddressFailures {
}
