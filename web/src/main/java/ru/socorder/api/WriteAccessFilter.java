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
    private static final Map<String, List<String>> WRITERS = Map.ofEntries(
            Map.entry("users", List.of("ADMIN")),
            Map.entry("social-orders", List.of("AUTHORITY_CLERK", "APPROVER")),
            // registry of executors (issue 14): executors file applications and programmes, the authority's staff decide
            Map.entry("executor-registry", List.of("AUTHORITY_CLERK", "APPROVER", "EXECUTOR")),
            Map.entry("programmes", List.of("AUTHORITY_CLERK", "APPROVER", "EXECUTOR")),
            // enrolments and contracts (issue 14): the executor answers enrolments and terminates its contracts
            Map.entry("enrolments", List.of("ADMIN", "AUTHORITY_CLERK", "EXECUTOR")),
            Map.entry("contracts", List.of("ADMIN", "AUTHORITY_CLERK", "EXECUTOR")),
            // delivered volume (issue 15): the executor enters and submits, the authority's clerk corrects
            Map.entry("usage", List.of("AUTHORITY_CLERK", "EXECUTOR")),
            // agreements (issue 15): the executor signs its side, the authority's approver signs last
            Map.entry("agreements", List.of("AUTHORITY_CLERK", "APPROVER", "EXECUTOR")),
            Map.entry("print-templates", List.of("ADMIN")),
            Map.entry("working-calendar", List.of("ADMIN")),
            // payment runs (issue 15): clerks start a month's run, approvers approve it
            Map.entry("payment-runs", List.of("ADMIN", "AUTHORITY_CLERK", "APPROVER")),
            // payment settings: the administrator and the authority's approver (its head); the clerk reads them
            Map.entry("payment-settings", List.of("ADMIN", "APPROVER")));
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
