package ru.socorder.web.shell;

import jakarta.inject.Inject;
import java.io.Serializable;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;

/**
 * Base of an edit screen: the id comes as a view parameter, the form is loaded once, save shows business errors at
 * their fields and returns to the list with a message. The card is editable for whoever may create or change the record
 * ({@link Rights}, the boundary's own check) and read-only (plain text, no buttons) for everybody else.
 */
public abstract class EditBean<F> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private F form;
    private boolean editable;

    protected abstract F newForm();

    protected abstract F loadForm(long id);

    /** Saves the form through the boundary; returns the name to show in the confirmation. */
    protected abstract String store(F form);

    /** JSF id of the form, for field messages. */
    protected abstract String formId();

    /** Outcome of the list screen. */
    protected abstract String listOutcome();

    /** The record the rights are checked on: its kind, or {@link Rights#of} the kind and its owner. */
    protected abstract Object rightsTarget();

    /** Extra data the screen needs (select lists); called once. */
    protected void prepare() {
    }

    public void load() {
        if (form == null) {
            form = id == null ? newForm() : loadForm(id);
            editable = currentUser.get().can(id == null ? Rights.Action.CREATE : Rights.Action.EDIT, rightsTarget());
            prepare();
        }
    }

    public String save() {
        try {
            String name = store(form);
            FacesErrors.info(Bundle.text("catalog.saved", name));
            return listOutcome() + "?faces-redirect=true";
        } catch (BusinessException e) {
            FacesErrors.show(e, formId());
            return null;
        }
    }

    /** Whether the caller may save the card; otherwise it shows plain text. */
    public boolean isEditable() {
        return editable;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public F getForm() {
        return form;
    }
}
