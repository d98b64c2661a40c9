package ru.socorder.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import ru.socorder.web.security.SecureSessionCookie;
import java.io.IOException;
import java.util.stream.Collectors;
import ru.socorder.model.security.Role;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.system.SystemInfo;

/** The header and menu of every page: who is logged in, for which organisation, and logout. */
@Named("shell")
@RequestScoped
public class ShellBean {
    @Inject
    private CurrentUser currentUser;

    @EJB
    private SystemInfo systemInfo;

    @Inject
    private FacesContext faces;

    public Caller getCaller() {
        return currentUser.get();
    }

    public String getRoleNames() {
        return getCaller().roles().stream().map(r -> Bundle.text("role." + r.name())).sorted().collect(Collectors.joining(", "));
    }

    public boolean isAdmin() {
        return getCaller().has(Role.ADMIN);
    }

    public boolean isDemoMode() {
        return systemInfo.isDemoMode();
    }

    public String getVersion() {
        return systemInfo.version();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ((HttpServletResponse) ext.getResponse()).addCookie(SecureSessionCookie.removedCookie(request));
        ext.redirect(request.getContextPath() + "/login.xhtml?logout=true");
    }
}
