package ru.socorder.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response: content security policy, no MIME sniffing, no framing, referrer only
 * within the site, HSTS when the request came over TLS, and {@code Cache-Control: no-store} on everything but the
 * static resources — pages and API answers carry personal and order data, which the browser must not keep (after
 * «Выйти», «Назад» must not show the last order with the clerk's name); style sheets, scripts and the icon may be cached. Set by {@link SecurityHeadersFilter} and also by the
 * authentication mechanism on the answers it gives itself (401, 429, redirects to the login page), which are
 * written before any filter runs.
 * <p>
 * PrimeFaces renders inline scripts and event handlers (its CSP nonce mode, {@code primefaces.CSP}, is off), so
 * scripts need {@code 'unsafe-inline'}; everything is loaded from the application itself, nothing from elsewhere,
 * no plugins, no foreign form targets, no framing.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";
    /** One year, subdomains included: only ever sent over TLS. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    /** Paths (after the context path) of static resources, which may be cached. */
    private static final java.util.List<String> STATIC = java.util.List.of("/jakarta.faces.resource/", "/resources/", "/favicon.ico");

    private SecurityHeaders() {
    }

    /** Whether the browser may keep the answer: static resources only. */
    public static boolean cacheable(HttpServletRequest request) {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return STATIC.stream().anyMatch(path::startsWith);
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (!cacheable(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
