package ru.socorder.web.shell;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Map;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.DatabaseErrors;

/**
 * Turns what escapes the screens into something a clerk understands, for normal and AJAX requests alike: an
 * expired view goes back to the login page with «сеанс истёк», a page opened not through the application's own
 * link (CSRF protection) and any unexpected error go to the Russian error page. Nothing shows a stack trace; the
 * unexpected ones are logged with an incident number the user can quote.
 */
public class ShellExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ShellExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        private static final Logger LOG = Logger.getLogger(Handler.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable t = events.next().getContext().getException();
                events.remove();
                if (faces.getResponseComplete()) {
                    continue;
                }
                ExternalContext ext = faces.getExternalContext();
                String base = ext.getRequestContextPath();
                try {
                    if (find(t, ViewExpiredException.class) != null) {
                        ext.redirect(base + "/login.xhtml?expired=true");
                    } else if (find(t, ProtectedViewException.class) != null) {
                        ext.redirect(base + "/error.xhtml?reason=protected");
                    } else if (DatabaseErrors.translate(t, Map.of()) instanceof BusinessException b) {
                        ext.getFlash().put("errorMessage", b.getMessage());
                        ext.redirect(base + "/error.xhtml?reason=business&status=" + b.status());
                    } else {
                        String incident = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
                        LOG.log(Level.SEVERE, "Incident " + incident, t);
                        ext.getFlash().put("incident", incident);
                        ext.redirect(base + "/error.xhtml?reason=unexpected");
                    }
                    faces.responseComplete();
                } catch (IOException e) {
                    throw new FacesException(e);
                }
            }
            getWrapped().handle();
        }

        private static <T extends Throwable> T find(Throwable t, Class<T> type) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (type.isInstance(c)) {
                    return type.cast(c);
                }
            }
            return null;
        }
    }
}
