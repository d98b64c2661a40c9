package ru.socorder.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of web security that need TLS, which the integration tests (plain HTTP) cannot reach; what the browser may cache. */
class SecureSessionCookieTest {
    private final List<Cookie> cookies = new ArrayList<>();
    private final Map<String, String> headers = new HashMap<>();

    /** A stand-in whose methods answer from the map (by method name), or null / false / 0. */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
            }
            return nothing(method.getReturnType());
        });
    }

    private static Object nothing(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return Integer.valueOf(0);
        }
        return type == long.class ? (Object) Long.valueOf(0) : null;
    }

    private HttpServletRequest request(boolean secure, boolean withSession) {
        return request(secure, withSession, "", "/order/order.xhtml");
    }

    private HttpServletRequest request(boolean secure, boolean withSession, String contextPath, String uri) {
        SessionCookieConfig config = fake(SessionCookieConfig.class, Map.of("isHttpOnly", true, "getMaxAge", -1,
                "getAttribute", "Lax"));
        ServletContext context = fake(ServletContext.class, Map.of("getSessionCookieConfig", config));
        Map<String, Object> answers = new HashMap<>(Map.of("isSecure", secure, "getServletContext", context,
                "getContextPath", contextPath, "getRequestURI", uri, "getDispatcherType", DispatcherType.REQUEST));
        if (withSession) {
            answers.put("getSession", fake(HttpSession.class, Map.of("getId", "session-1")));
        }
        return fake(HttpServletRequest.class, answers);
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "addCookie" -> cookies.add((Cookie) args[0]);
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        default -> {
                            // nothing else matters here
                        }
                    }
                    return nothing(method.getReturnType());
                });
    }

    @Test
    void overTlsTheSessionCookieIsIssuedAgainAsSecureOnce() throws Exception {
        SecureSessionCookie wrapper = new SecureSessionCookie(request(true, true), response());
        wrapper.sendRedirect("/index.xhtml");
        wrapper.flushBuffer();
        assertEquals(1, cookies.size());
        Cookie c = cookies.get(0);
        assertEquals("JSESSIONID", c.getName());
        assertEquals("session-1", c.getValue());
        assertEquals("/", c.getPath());
        assertTrue(c.getSecure());
        assertTrue(c.isHttpOnly());
        assertEquals("Lax", c.getAttribute("SameSite"));
    }

    @Test
    void withoutASessionNoCookieIsIssued() throws Exception {
        new SecureSessionCookie(request(true, false), response()).flushBuffer();
        assertTrue(cookies.isEmpty());
    }

    @Test
    void theFilterWrapsOnlyTlsRequestsAndSetsHstsOnlyThere() throws Exception {
        HttpServletResponse plainResponse = response();
        Object[] passed = new Object[1];
        FilterChain chain = (req, res) -> passed[0] = res;
        new SecurityHeadersFilter().doFilter(request(false, true), plainResponse, chain);
        assertSame(plainResponse, passed[0]);
        assertNull(headers.get("Strict-Transport-Security"));
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, headers.get("Content-Security-Policy"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));

        new SecurityHeadersFilter().doFilter(request(true, true), response(), chain);
        assertTrue(passed[0] instanceof SecureSessionCookie);
        assertEquals(SecurityHeaders.STRICT_TRANSPORT_SECURITY, headers.get("Strict-Transport-Security"));
    }

    @Test
    void pagesAndApiAnswersAreNotStoredByTheBrowserStaticResourcesMayBe() throws Exception {
        FilterChain chain = (req, res) -> { };
        for (String page : List.of("/socorder/order/order.xhtml", "/socorder/index.xhtml", "/socorder/api/v1/decisions/5/appendices.pdf",
                "/socorder/login.xhtml", "/socorder/")) {
            headers.clear();
            new SecurityHeadersFilter().doFilter(request(false, true, "/socorder", page), response(), chain);
            assertEquals("no-store", headers.get("Cache-Control"), page);
        }
        for (String resource : List.of("/socorder/jakarta.faces.resource/css/app.css.xhtml", "/socorder/resources/css/app.css",
                "/socorder/favicon.ico")) {
            headers.clear();
            new SecurityHeadersFilter().doFilter(request(false, true, "/socorder", resource), response(), chain);
            assertNull(headers.get("Cache-Control"), resource);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"), "the other headers stay: " + resource);
        }
    }

    @Test
    void logoutRemovesTheSessionCookieWhereItLives() {
        Cookie removed = SecureSessionCookie.removedCookie(request(false, false, "/socorder", "/socorder/index.xhtml"));
        assertEquals("JSESSIONID", removed.getName());
        assertEquals("", removed.getValue());
        assertEquals(0, removed.getMaxAge());
        assertEquals("/socorder", removed.getPath());
        assertTrue(removed.isHttpOnly());
        assertEquals("Lax", removed.getAttribute("SameSite"));
    }
}
