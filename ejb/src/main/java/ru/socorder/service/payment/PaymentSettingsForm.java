package ru.socorder.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;

/** The payment settings asked for: the advance share (per cent), the pay working day (1..10) and the version read (optional). */
public class PaymentSettingsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public BigDecimal advanceShare;
    public Integer advanceWorkingDay;
    public Long version;

    public BigDecimal getAdvanceShare() {
        return advanceShare;
    }

    public void setAdvanceShare(BigDecimal advanceShare) {
        this.advanceShare = advanceShare;
    }

    public Integer getAdvanceWorkingDay() {
        return advanceWorkingDay;
    }

    public void setAdvanceWorkingDay(Integer advanceWorkingDay) {
        this.advanceWorkingDay = advanceWorkingDay;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
