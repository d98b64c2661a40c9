package ru.socorder.web.shell;

import java.io.Serializable;
import ru.socorder.service.common.BusinessException;

/**
 * Base of an edit screen: the id comes as a view parameter, the form is loaded once, save shows business errors at
 * their fields and returns to the list with a message.
 */
public abstract class EditBean<F> implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private F form;

    protected abstract F newForm();

    protected abstract F loadForm(long id);

    /** Saves the form through the boundary; returns the name to show in the confirmation. */
    protected abstract String store(F form);

    /** JSF id of the form, for field messages. */
    protected abstract String formId();

    /** Outcome of the list screen. */
    protected abstract String listOutcome();

    /** Extra data the screen needs (select lists); called once. */
    protected void prepare() {
    }

    public void load() {
        if (form == null) {
            form = id == null ? newForm() : loadForm(id);
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
