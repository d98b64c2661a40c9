package ru.socorder.service.agreement;

import java.io.Serializable;

/** A lifecycle step of an agreement: the action ({@link AgreementLifecycle.Action}), the version read, a comment. */
public class TransitionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public AgreementLifecycle.Action action;
    public Long version;
    public String comment;
}
