package ru.socorder.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An authority's payment settings («Настройки оплаты»), one row per authority (without a row: the global defaults):
 * the advance share its new agreements start with and the working day of the month on which its advances and acts
 * are paid. The rules are here; the boundary reports a refusal naming the field ({@link #shareProblem},
 * {@link #workingDayProblem}).
 */
@Entity
@Table(name = "agreement_setting")
public class AgreementSetting {
    /** The working days of the month a payment may be set on. */
    public static final int FIRST_WORKING_DAY = 1;
    public static final int LAST_WORKING_DAY = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @Column(name = "authority_id")
    private Long authorityId;

    @Version
    private long version;

    @Column(name = "advance_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal advanceShare;

    @Column(name = "pay_working_day", nullable = false)
    private int payWorkingDay;

    protected AgreementSetting() {
    }

    public AgreementSetting(long authorityId, BigDecimal advanceShare, int payWorkingDay) {
        this.authorityId = authorityId;
        change(advanceShare, payWorkingDay);
    }

    /** Why the share is refused (a percentage above 0 and at most 100, as kept: two decimals), or null. */
    public static String shareProblem(BigDecimal share) {
        BigDecimal kept = share == null ? null : share.setScale(Agreement.SHARE_SCALE, RoundingMode.HALF_UP);
        return kept == null || kept.signum() <= 0 || kept.compareTo(HUNDRED) > 0
                ? "Доля аванса — процент больше 0 и не больше 100" : null;
    }

    /** Why the working day is refused (1..10), or null. */
    public static String workingDayProblem(Integer day) {
        return day == null || day < FIRST_WORKING_DAY || day > LAST_WORKING_DAY
                ? "Рабочий день оплаты — число от " + FIRST_WORKING_DAY + " до " + LAST_WORKING_DAY : null;
    }

    /** Both values at once; refused (nothing changed) unless both are valid. */
    public void change(BigDecimal share, int workingDay) {
        String problem = shareProblem(share);
        if (problem == null) {
            problem = workingDayProblem(workingDay);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        advanceShare = share.setScale(Agreement.SHARE_SCALE, RoundingMode.HALF_UP);
        payWorkingDay = workingDay;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getAdvanceShare() {
        return advanceShare;
    }

    public int getPayWorkingDay() {
        return payWorkingDay;
    }
}
