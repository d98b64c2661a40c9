package ru.socorder.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import ru.socorder.web.shell.Bundle;

/** Вход в систему: the login screen. */
@Named("login")
@RequestScoped
public class LoginBean {
    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> ext.redirect(returnTo(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    request.getAttribute(SocorderAuthenticationMechanism.LOCKED_FOR) instanceof Duration lock
                            ? SocorderAuthenticationMechanism.lockedMessage(lock) : Bundle.text("login.failed"), null));
        }
    }

    /** Where the user was going before being asked to log in; only paths of this application. */
    private static String returnTo(HttpServletRequest request) {
        String home = request.getContextPath() + "/index.xhtml";
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(SocorderAuthenticationMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(SocorderAuthenticationMechanism.RETURN_TO);
        }
        if (target instanceof String t && t.startsWith(request.getContextPath() + "/") && !t.startsWith("//")
                && !t.contains("/api/") && !t.contains(SocorderAuthenticationMechanism.LOGIN_PAGE)) {
            return t;
        }
        return home;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
