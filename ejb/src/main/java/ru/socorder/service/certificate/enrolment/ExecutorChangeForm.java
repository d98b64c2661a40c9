package ru.socorder.service.certificate.enrolment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A change of executor: the version of the old contract the caller read, the new programme group, the old contract's
 * last day (today when not given) and the basis — the parent's application —, {@code comment} (required).
 */
public class ExecutorChangeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long version;
    public Long groupId;
    public LocalDate date;
    public String comment;
}
