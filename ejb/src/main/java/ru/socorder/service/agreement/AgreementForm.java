package ru.socorder.service.agreement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.agreement.PaymentMode;

/**
 * A draft agreement as the clerk fills it in. Creating one names the parties: {@code executorId}, {@code serviceId},
 * {@code year}, {@code kind} (the authority is the clerk's; the basis is the executor's registry entry). Editing a
 * draft sends {@code version} (as read) and the header, bank details and lines; {@code amendmentReason} of an
 * amendment. A line without {@code pricePerUnit} takes the service's normative for its year.
 */
public class AgreementForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long version;
    public Long executorId;
    public Long serviceId;
    public Integer year;
    public AgreementKind kind;
    public String number;
    public String basis;
    public LocalDate validFrom;
    public LocalDate validTo;
    public PaymentMode paymentMode;
    /** Percent (e.g. 80), advance only. */
    public BigDecimal advanceShare;
    public String reportingDuty;
    public String amendmentReason;
    public Bank bank;
    public List<Line> lines = new ArrayList<>();

    /** Банковские реквизиты получателя. */
    public static class Bank implements Serializable {
        private static final long serialVersionUID = 1L;

        public String payeeName;
        public String account;
        public String bik;
        public String bankName;
        public String correspondentAccount;
        public String treasuryAccount;
    }

    /** Объём на год: the service (the agreement's when none), year, volume and price per unit. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;

        public Long serviceId;
        public Integer year;
        public BigDecimal volume;
        public BigDecimal pricePerUnit;
    }
}
