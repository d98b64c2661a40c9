package ru.socorder.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;

/**
 * Shows a business exception to the user, once for all screens: field errors next to their inputs (component id =
 * field name inside the given form), everything else as a message at the top. Fails the validation so PrimeFaces
 * keeps dialogs open.
 */
public final class FacesErrors {
    private FacesErrors() {
    }

    public static void show(BusinessException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof ValidationFailed v) {
            UIComponent form = formId == null ? null : faces.getViewRoot().findComponent(formId);
            for (FieldError error : v.errors()) {
                UIComponent input = form == null ? null : form.findComponent(error.field());
                FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null);
                faces.addMessage(input == null ? null : input.getClientId(faces), message);
                if (input != null) {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
                }
            }
        } else {
            // an empty detail, not null: JSF repeats the summary as the detail otherwise, and the growl shows both
            String detail = e instanceof Conflict ? Bundle.text("error.conflict.reload") : "";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), detail));
        }
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, ""));
    }
}
