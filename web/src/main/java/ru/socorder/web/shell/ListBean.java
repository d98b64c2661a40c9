package ru.socorder.web.shell;

import java.io.Serializable;

/** Base of a list screen: a lazily created {@link PagedModel} over one boundary method. */
public abstract class ListBean<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private PagedModel<T> model;

    /** The boundary call that pages this list, and the row key. */
    protected abstract PagedModel<T> createModel();

    public PagedModel<T> getModel() {
        if (model == null) {
            model = createModel();
        }
        return model;
    }
}
