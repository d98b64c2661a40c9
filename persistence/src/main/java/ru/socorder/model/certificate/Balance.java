package ru.socorder.model.certificate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import ru.socorder.model.common.RussianText;

/**
 * The balance of a certificate after a movement, in человеко-часы and in roubles at once: the nominal, what contracts
 * hold allocated, what was consumed, what expired, and what is available (the nominal less the three). A movement
 * moves the same kind of quantity in both units; it is refused if it would make anything negative or the sum exceed
 * the nominal — the rules the database checks on every ledger row as well (V22, V26). A reversal of consumption
 * ({@link MovementKind#UNCONSUME}, a correction of delivered hours) moves back from consumed to allocated, never
 * more than was consumed.
 */
public record Balance(Tally hours, Tally amount) implements Serializable {

    /** One unit of the balance. */
    public record Tally(BigDecimal nominal, BigDecimal allocated, BigDecimal consumed, BigDecimal expired) implements Serializable {
        public Tally {
            Objects.requireNonNull(nominal, "nominal");
            Objects.requireNonNull(allocated, "allocated");
            Objects.requireNonNull(consumed, "consumed");
            Objects.requireNonNull(expired, "expired");
        }

        static Tally issued(BigDecimal nominal) {
            return new Tally(nominal, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        /** Equal when the quantities are numerically equal (72 equals 72.00, as the database returns it). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Tally t && t.nominal.compareTo(nominal) == 0 && t.allocated.compareTo(allocated) == 0
                    && t.consumed.compareTo(consumed) == 0 && t.expired.compareTo(expired) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(nominal.stripTrailingZeros(), allocated.stripTrailingZeros(), consumed.stripTrailingZeros(),
                    expired.stripTrailingZeros());
        }

        public BigDecimal available() {
            return nominal.subtract(allocated).subtract(consumed).subtract(expired);
        }

        /** The tally after the movement, or null when the movement cannot take the quantity. */
        Tally after(MovementKind kind, BigDecimal q) {
            return switch (kind) {
                case ISSUE -> null;
                case ALLOCATE -> q.compareTo(available()) > 0 ? null : new Tally(nominal, allocated.add(q), consumed, expired);
                case RELEASE -> q.compareTo(allocated) > 0 ? null : new Tally(nominal, allocated.subtract(q), consumed, expired);
                case CONSUME -> q.compareTo(allocated) > 0 ? null : new Tally(nominal, allocated.subtract(q), consumed.add(q), expired);
                case UNCONSUME -> q.compareTo(consumed) > 0 ? null : new Tally(nominal, allocated.add(q), consumed.subtract(q), expired);
                case EXPIRE -> q.compareTo(available()) > 0 ? null : new Tally(nominal, allocated, consumed, expired.add(q));
            };
        }
    }

    /** The balance of a certificate just issued: the nominal, nothing used. */
    public static Balance issued(BigDecimal nominalHours, BigDecimal nominalAmount) {
        if (nominalHours.signum() <= 0 || nominalAmount.signum() <= 0) {
            throw new BalanceRefused("Номинал сертификата должен быть больше нуля");
        }
        return new Balance(Tally.issued(nominalHours), Tally.issued(nominalAmount));
    }

    public BigDecimal availableHours() {
        return hours.available();
    }

    public BigDecimal availableAmount() {
        return amount.available();
    }

    /**
     * The balance after a movement of {@code h} hours and {@code rub} roubles.
     *
     * @throws BalanceRefused a negative or empty movement, another issue, or one the balance cannot take
     */
    public Balance after(MovementKind kind, BigDecimal h, BigDecimal rub) {
        if (kind == MovementKind.ISSUE) {
            throw new BalanceRefused("Сертификат уже выдан: номинал начисляется один раз");
        }
        if (h.signum() < 0 || rub.signum() < 0 || h.signum() == 0 && rub.signum() == 0) {
            throw new BalanceRefused("Движение по сертификату должно быть положительным: " + describe(h, rub));
        }
        Tally nextHours = hours.after(kind, h);
        Tally nextAmount = amount.after(kind, rub);
        if (nextHours == null || nextAmount == null) {
            throw new BalanceRefused(refusal(kind, h, rub));
        }
        return new Balance(nextHours, nextAmount);
    }

    private String refusal(MovementKind kind, BigDecimal h, BigDecimal rub) {
        return switch (kind) {
            case ALLOCATE -> "Недостаточно средств сертификата: доступно " + describe(hours.available(), amount.available())
                    + ", требуется " + describe(h, rub);
            case EXPIRE -> "Списать по истечении срока можно не больше доступного остатка: " + describe(hours.available(),
                    amount.available());
            case UNCONSUME -> "По сертификату оплачено " + describe(hours.consumed(), amount.consumed()) + ", сторнировать "
                    + describe(h, rub) + " нельзя";
            default -> "По договорам сертификата зарезервировано " + describe(hours.allocated(), amount.allocated())
                    + ", это меньше, чем " + describe(h, rub);
        };
    }

    private static String describe(BigDecimal h, BigDecimal rub) {
        return RussianText.number(h) + " чел.-ч (" + RussianText.amount(rub) + " руб.)";
    }
}
