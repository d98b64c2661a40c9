package ru.socorder.web.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Over TLS, the session cookie must be Secure. The deployment descriptor cannot say «Secure only over TLS» (its
 * {@code <secure>} is all or nothing, and the same WAR also runs over plain HTTP on a developer's machine), and
 * servers differ in whether they do it by themselves. So for a request that came over TLS and has a session, the
 * cookie is issued again, with the session cookie configuration of {@code web.xml} (name, path, HttpOnly,
 * SameSite) plus Secure, just before the response is committed. The browser keeps the last cookie of a name and
 * path, so this one replaces the container's. Requests without a session (the stateless API) get no cookie.
 */
public final class SecureSessionCookie extends HttpServletResponseWrapper {
    private final HttpServletRequest request;
    private boolean issued;

    SecureSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    /** The Secure copy of the session cookie of this request, or null without a session. */
    static Cookie secureCookie(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        Cookie cookie = sessionCookie(request, session.getId());
        if (config.getMaxAge() >= 0) {
            cookie.setMaxAge(config.getMaxAge());
        }
        cookie.setSecure(true);
        return cookie;
    }

    /**
     * The session cookie removed (empty, max-age 0), for the answer to «Выйти»: a page asked for again afterwards (the
     * Back button) comes without a session id, so it is a plain request for a login, not an expired session.
     */
    public static Cookie removedCookie(HttpServletRequest request) {
        Cookie cookie = sessionCookie(request, "");
        cookie.setMaxAge(0);
        cookie.setSecure(request.isSecure());
        return cookie;
    }

    /** The session cookie as the server's configuration names it: name, path, domain, HttpOnly, SameSite. */
    private static Cookie sessionCookie(HttpServletRequest request, String value) {
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        Cookie cookie = new Cookie(config.getName() == null ? "JSESSIONID" : config.getName(), value);
        String context = request.getContextPath();
        cookie.setPath(config.getPath() != null ? config.getPath() : context.isEmpty() ? "/" : context);
        if (config.getDomain() != null) {
            cookie.setDomain(config.getDomain());
        }
        cookie.setHttpOnly(config.isHttpOnly());
        String sameSite = config.getAttribute("SameSite");
        if (sameSite != null) {
            cookie.setAttribute("SameSite", sameSite);
        }
        return cookie;
    }

    private void issue() {
        if (issued || isCommitted()) {
            return;
        }
        Cookie cookie = secureCookie(request);
        if (cookie != null) {
            addCookie(cookie);
            issued = true;
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        issue();
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        issue();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        issue();
        super.sendError(sc);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        issue();
        return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        issue();
        return super.getOutputStream();
    }

    @Override
    public void flushBuffer() throws IOException {
        issue();
        super.flushBuffer();
    }
}
