package ru.socorder.web.agreement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.agreement.PaymentMode;
import ru.socorder.service.agreement.AgreementForm;
import ru.socorder.service.agreement.AgreementView;

/** The edits of a draft agreement in the view: header, bank details, the volume per line; mapped to the boundary's form. */
public class AgreementEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    private String number;
    private LocalDate validFrom;
    private LocalDate validTo;
    private PaymentMode paymentMode;
    private BigDecimal advanceShare;
    private String reportingDuty;
    private String payeeName;
    private String account;
    private String bik;
    private String bankName;
    private String correspondentAccount;
    private String treasuryAccount;
    private final List<LineEdit> lines = new ArrayList<>();

    /** A line's year and volume (the price follows the normative). */
    public static class LineEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long serviceId;
        private final int year;
        private BigDecimal volume;
        private final BigDecimal pricePerUnit;

        LineEdit(long serviceId, int year, BigDecimal volume, BigDecimal pricePerUnit) {
            this.serviceId = serviceId;
            this.year = year;
            this.volume = volume;
            this.pricePerUnit = pricePerUnit;
        }

        public int getYear() {
            return year;
        }

        public BigDecimal getVolume() {
            return volume;
        }

        public void setVolume(BigDecimal volume) {
            this.volume = volume;
        }
    }

    static AgreementEditor of(AgreementView v) {
        AgreementEditor e = new AgreementEditor();
        e.number = v.number();
        e.validFrom = v.validFrom();
        e.validTo = v.validTo();
        e.paymentMode = v.paymentMode();
        e.advanceShare = v.advanceShare();
        e.reportingDuty = v.reportingDuty();
        e.payeeName = v.bank().payeeName() == null ? v.executor().fullName() : v.bank().payeeName();
        e.account = v.bank().account();
        e.bik = v.bank().bik();
        e.bankName = v.bank().bankName();
        e.correspondentAccount = v.bank().correspondentAccount();
        e.treasuryAccount = v.bank().treasuryAccount();
        v.lines().forEach(l -> e.lines.add(new LineEdit(l.serviceId(), l.year(), l.volume(), l.pricePerUnit())));
        return e;
    }

    AgreementForm form(long version) {
        AgreementForm f = new AgreementForm();
        f.version = version;
        f.number = number;
        f.validFrom = validFrom;
        f.validTo = validTo;
        f.paymentMode = paymentMode;
        f.advanceShare = paymentMode == PaymentMode.ADVANCE ? advanceShare : null;
        f.reportingDuty = reportingDuty;
        if (!(isBlank(account) && isBlank(bik) && isBlank(bankName))) {
            f.bank = new AgreementForm.Bank();
            f.bank.payeeName = payeeName;
            f.bank.account = account;
            f.bank.bik = bik;
            f.bank.bankName = bankName;
            f.bank.correspondentAccount = correspondentAccount;
            f.bank.treasuryAccount = treasuryAccount;
        }
        for (LineEdit l : lines) {
            AgreementForm.Line line = new AgreementForm.Line();
            line.serviceId = l.serviceId;
            line.year = l.year;
            line.volume = l.volume;
            line.pricePerUnit = l.pricePerUnit;
            f.lines.add(line);
        }
        return f;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public void setPaymentMode(PaymentMode paymentMode) {
        this.paymentMode = paymentMode;
    }

    public BigDecimal getAdvanceShare() {
        return advanceShare;
    }

    public void setAdvanceShare(BigDecimal advanceShare) {
        this.advanceShare = advanceShare;
    }

    public String getReportingDuty() {
        return reportingDuty;
    }

    public void setReportingDuty(String reportingDuty) {
        this.reportingDuty = reportingDuty;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public void setPayeeName(String payeeName) {
        this.payeeName = payeeName;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getBik() {
        return bik;
    }

    public void setBik(String bik) {
        this.bik = bik;
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getCorrespondentAccount() {
        return correspondentAccount;
    }

    public void setCorrespondentAccount(String correspondentAccount) {
        this.correspondentAccount = correspondentAccount;
    }

    public String getTreasuryAccount() {
        return treasuryAccount;
    }

    public void setTreasuryAccount(String treasuryAccount) {
        this.treasuryAccount = treasuryAccount;
    }

    public List<LineEdit> getLines() {
        return lines;
    }
}
