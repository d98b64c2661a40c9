package ru.socorder.service.usage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Delivered hours for one month ({@code month}: {@code 2027-01}): either one contract ({@code contractId},
 * {@code hours}) or a list of them ({@code rows}). Sending the same hours again answers the same; zero clears a
 * draft.
 */
public class UsageForm implements Serializable {
    private static final long serialVersionUID = 1L;

    public String month;
    public Long contractId;
    public BigDecimal hours;
    public List<Row> rows;

    /** One contract's hours of the month. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        public Long contractId;
        public BigDecimal hours;

        public Row() {
        }

        public Row(Long contractId, BigDecimal hours) {
            this.contractId = contractId;
            this.hours = hours;
        }
    }

    public UsageForm() {
    }

    public UsageForm(String month, List<Row> rows) {
        this.month = month;
        this.rows = rows;
    }
}
