package ru.socorder.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import ru.socorder.service.security.LoginAttempts;
import ru.socorder.service.security.LoginThrottle;
import ru.socorder.web.shell.Bundle;

/**
 * One mechanism for the whole application (Jakarta Security 3 allows one):
 * <ul>
 * <li>the login screen authenticates through {@code SecurityContext.authenticate} with a credential; the login is
 * kept in the HTTP session (registered with the container, as {@code @AutoApplySession} would);</li>
 * <li>API clients send HTTP Basic credentials with every request; such a call is stateless — no session is created
 * and no cookie is set;</li>
 * <li>every password check goes through login throttling ({@link LoginAttempts}): a locked account or client
 * address is refused before its password is looked at — the login screen says for how long, the API answers 429
 * with Retry-After;</li>
 * <li>an unauthenticated request to a protected page is redirected to the login screen (also for AJAX requests,
 * through a JSF partial-response redirect), remembering where the user was going and whether the session
 * expired; an unauthenticated API request gets 401 with a problem body.</li>
 * </ul>
 */
@ApplicationScoped
public class SocorderAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String RETURN_TO = "socorder.returnTo";
    /** Request attribute for the login screen: how long a refused form login stays refused ({@link Duration}). */
    public static final String LOCKED_FOR = "socorder.loginLockedFor";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @EJB
    private LoginAttempts attempts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        Principal sessionCaller = request.getUserPrincipal();
        if (credential == null && sessionCaller != null) {
            return continueSession(context, sessionCaller);
        }
        if (credential != null) {
            return credential instanceof UsernamePasswordCredential password
                    ? passwordLogin(password, request, response, context, false) : AuthenticationStatus.SEND_FAILURE;
        }

        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
            return basic == null ? unauthorized(response, "Неверное имя пользователя или пароль")
                    : passwordLogin(basic, request, response, context, true);
        }

        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, "Требуется вход в систему: передайте имя пользователя и пароль (HTTP Basic)");
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String login = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return partialRedirect(response, login);
        }
        if ("GET".equals(request.getMethod())) {
            String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            HttpSession session = request.getSession(true);
            session.setAttribute(RETURN_TO, target);
        }
        return context.redirect(login);
    }

    /**
     * A password check with throttling. The form login is registered in the session (a new session id against
     * fixation); a Basic login holds for this request only.
     */
    private AuthenticationStatus passwordLogin(UsernamePasswordCredential credential, HttpServletRequest request,
                                               HttpServletResponse response, HttpMessageContext context, boolean api) {
        String login = DatabaseIdentityStore.normalise(credential.getCaller());
        String address = request.getRemoteAddr();
        Optional<Duration> refused = attempts.refusal(login, address);
        if (refused.isEmpty()) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                attempts.succeeded(login);
                if (api) {
                    return context.notifyContainerAboutLogin(result);
                }
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                AuthenticationStatus status = context.notifyContainerAboutLogin(result);
                context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
                return status;
            }
            refused = attempts.failed(login, address);
        }
        if (refused.isPresent()) {
            if (api) {
                return tooManyAttempts(response, refused.get());
            }
            request.setAttribute(LOCKED_FOR, refused.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        return api ? unauthorized(response, "Неверное имя пользователя или пароль") : AuthenticationStatus.SEND_FAILURE;
    }

    /** The caller the container restored from the session, as {@code @AutoApplySession} does. */
    private static AuthenticationStatus continueSession(HttpMessageContext context, Principal caller) {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnsupportedCallbackException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"socorder\", charset=\"UTF-8\"");
        return problem(response, 401, "Требуется вход в систему", detail);
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration remaining) {
        response.setHeader("Retry-After", String.valueOf(LoginThrottle.seconds(remaining)));
        return problem(response, 429, "Слишком много попыток входа", lockedMessage(remaining));
    }

    /** The Russian message for a refused login (screen and API). */
    public static String lockedMessage(Duration remaining) {
        return Bundle.text("login.locked", LoginThrottle.minutes(remaining));
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .build().toString());
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
        try {
            response.setStatus(200);
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
