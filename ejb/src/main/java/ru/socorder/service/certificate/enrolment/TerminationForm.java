package ru.socorder.service.certificate.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import ru.socorder.model.certificate.TerminationSide;

/**
 * Ending a contract early: the version the caller read, the last day (today when not given), whose initiative
 * ({@code PARENT} — the clerk on the parent's notice —, {@code EXECUTOR}; an executor's user always ends it as the
 * executor) and the basis, {@code comment} (required).
 */
public class TerminationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long version;
    public LocalDate date;
    public TerminationSide by;
    public String comment;
}
