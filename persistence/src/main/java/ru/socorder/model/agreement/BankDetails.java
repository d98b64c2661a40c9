package ru.socorder.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * Банковские реквизиты of the payee an agreement pays to: the name, the account (расчётный in a bank or казначейский
 * at a treasury body, 20 digits), the БИК (9 digits), the bank's name, its correspondent account (20 digits; the
 * treasury's единый казначейский счёт, or none) and the лицевой счёт in the treasury when the executor keeps one.
 * Immutable; {@link BankAccountRules#check} says what is wrong with it, field by field.
 */
@Embeddable
public class BankDetails implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "bank_payee_name", length = 1000)
    private String payeeName;

    @Column(name = "bank_account", length = 20)
    private String account;

    @Column(name = "bank_bik", length = 9)
    private String bik;

    @Column(name = "bank_name", length = 300)
    private String bankName;

    @Column(name = "bank_corr_account", length = 20)
    private String correspondentAccount;

    @Column(name = "bank_treasury_account", length = 30)
    private String treasuryAccount;

    protected BankDetails() {
    }

    /** Blank parts are kept as none; digits are kept as typed without separators (see {@link BankAccountRules#digits}). */
    public BankDetails(String payeeName, String account, String bik, String bankName, String correspondentAccount, String treasuryAccount) {
        this.payeeName = trimmed(payeeName);
        this.account = BankAccountRules.digits(account);
        this.bik = BankAccountRules.digits(bik);
        this.bankName = trimmed(bankName);
        this.correspondentAccount = BankAccountRules.digits(correspondentAccount);
        this.treasuryAccount = trimmed(treasuryAccount);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** What is wrong, by field name (payeeName, account, bik, bankName, correspondentAccount); empty when complete and valid. */
    public Map<String, String> problems() {
        return BankAccountRules.check(this);
    }

    /** Whether nothing is filled in (a draft waiting for the details). */
    public boolean isEmpty() {
        return payeeName == null && account == null && bik == null && bankName == null && correspondentAccount == null
                && treasuryAccount == null;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public String getAccount() {
        return account;
    }

    public String getBik() {
        return bik;
    }

    public String getBankName() {
        return bankName;
    }

    public String getCorrespondentAccount() {
        return correspondentAccount;
    }

    public String getTreasuryAccount() {
        return treasuryAccount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BankDetails b && Objects.equals(payeeName, b.payeeName) && Objects.equals(account, b.account)
                && Objects.equals(bik, b.bik) && Objects.equals(bankName, b.bankName)
                && Objects.equals(correspondentAccount, b.correspondentAccount) && Objects.equals(treasuryAccount, b.treasuryAccount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payeeName, account, bik, bankName, correspondentAccount, treasuryAccount);
    }
}
