package ru.socorder.service.usage;

import java.io.Serializable;
import java.math.BigDecimal;

/** The authority's correction of a submitted month's hours: the right hours and the reason (required). */
public class CorrectionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public BigDecimal hours;
    public String reason;

    public CorrectionForm() {
    }

    public CorrectionForm(BigDecimal hours, String reason) {
        this.hours = hours;
        this.reason = reason;
    }
}
