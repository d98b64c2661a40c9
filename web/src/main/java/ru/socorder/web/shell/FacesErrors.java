package ru.socorder.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;

/**
 * Shows a business exception to the user, once for all screens: field errors next to their inputs (component id =
 * field name inside the given form; the form's summary lists them as well), everything else as a message at the top.
 * Each message is added once; the layout shows what no form shows (see {@code layout.xhtml}). Fails the validation so
 * PrimeFaces keeps dialogs open.
 */
public final class FacesErrors {
    private FacesErrors() {
    }

    public static void show(BusinessException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof ValidationFailed v) {
            UIComponent form = formId == null ? null : faces.getViewRoot().findComponent(formId);
            for (FieldError error : v.errors()) {
                // once: at its field when the form has it (the form's summary lists the field messages too), else on top
                UIComponent input = form == null ? null : form.findComponent(error.field());
                faces.addMessage(input == null ? null : input.getClientId(faces), message(FacesMessage.SEVERITY_ERROR, error.message()));
            }
        } else {
            faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, e.getMessage()));
        }
        faces.validationFailed();
    }

    /**
     * A message whose detail is its summary (a null detail): a field's p:message shows the detail, a summary
     * (p:messages) the summary — each shows the text once.
     */
    private static FacesMessage message(FacesMessage.Severity severity, String text) {
        return new FacesMessage(severity, text, null);
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, message(FacesMessage.SEVERITY_WARN, text));
    }
}
