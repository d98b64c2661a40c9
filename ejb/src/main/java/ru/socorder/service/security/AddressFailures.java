package ru.socorder.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import ru.socorder.service.security.LoginThrottle.Failures;

/**
 * Failed logins per client address, in memory (one server; a restart forgets them, which is acceptable for a
 * 15-minute lock). Each update is atomic per address. The map is pruned of stale entries when it grows, so a flood
 * of addresses cannot fill the heap.
 */
@ApplicationScoped
public class AddressFailures {
    static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public Failures get(String address) {
        return byAddress.getOrDefault(address, Failures.NONE);
    }

    /** Applies the change atomically and returns the new state; a state that is {@link Failures#isNone() none} is dropped. */
    public Failures update(String address, UnaryOperator<Failures> change, Predicate<Failures> stale) {
        if (byAddress.size() > PRUNE_ABOVE) {
            byAddress.values().removeIf(stale);
        }
        Failures after = byAddress.compute(address, (a, before) -> {
            Failures next = change.apply(before == null ? Failures.NONE : before);
            return next.isNone() ? null : next;
        });
        return after == null ? Failures.NONE : after;
    }
}
