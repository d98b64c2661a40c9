package ru.socorder.service.agreement;

import java.io.Serializable;
import java.math.BigDecimal;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.agreement.PaymentMode;

/**
 * «Сформировать проекты»: drafts for every executor of the authority's registry that lists the service and has no
 * agreement for the service and year yet. {@code volume}: the same volume for every executor, or none — then each
 * executor's volume is the hours of its contracts for the service and year. {@code advanceShare}: the authority's
 * default when none.
 */
public class GenerateForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long serviceId;
    public Integer year;
    public AgreementKind kind;
    public PaymentMode paymentMode;
    public BigDecimal advanceShare;
    public BigDecimal volume;
}
