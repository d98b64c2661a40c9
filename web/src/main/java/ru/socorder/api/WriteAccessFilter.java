package ru.socorder.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rights before input: a request that would change data is refused with 403 before its body is read or validated,
 * when the caller has none of the roles that may write in that area — an observer gets «доступ запрещён», not a
 * 400 that describes what a valid body would look like. The boundaries still check the data scope (which authority,
 * which territory) themselves; this filter only knows roles.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class WriteAccessFilter implements ContainerRequestFilter {
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    /** Requests that only compute an answer (nothing is stored): allowed to every logged-in user. */
    private static final Set<String> COMPUTING = Set.of("deadlines/parse", "identifiers");
    /** First path segment → roles that may write there; not listed: administrators and clerks. */
    private static final Map<String, List<String>> WRITERS = Map.of(
            "users", List.of("ADMIN"),
            "social-orders", List.of("AUTHORITY_CLERK", "APPROVER"));
    private static final List<String> DEFAULT_WRITERS = List.of("ADMIN", "AUTHORITY_CLERK");

    @Override
    public void filter(ContainerRequestContext request) {
        if (READING.contains(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        for (String free : COMPUTING) {
            if (path.equals(free) || path.startsWith(free + "/")) {
                return;
            }
        }
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            return; // the authentication mechanism answers 401 itself
        }
        String area = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        for (String role : WRITERS.getOrDefault(area, DEFAULT_WRITERS)) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        request.abortWith(Problems.of(403, "Доступ запрещён", "Изменять эти данные ваша роль не позволяет", null));
    }
}
