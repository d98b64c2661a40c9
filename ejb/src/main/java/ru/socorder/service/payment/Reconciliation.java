package ru.socorder.service.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Сверка of a month: per contract, what the certificate's ledger consumed for the month, what the executor
 * submitted, what the settlement act's line holds and what the approved run pays; per invoice, that the act adds up
 * and that the payment order pays what is due. Every difference is listed with what differs; no difference gives the
 * one line «Расхождений нет».
 */
public final class Reconciliation {
    public static final String NONE = "Расхождений нет";

    /** The figures of one contract for the month (a missing figure is zero). */
    public record ContractFigures(long contractId, String contractNumber, String certificateNumber, String executor,
                                  BigDecimal ledgerConsumed, BigDecimal submitted, BigDecimal invoiced, BigDecimal approved) {
    }

    /** The figures of one invoice: its lines' sum against its own totals, its due against its payment order. */
    public record InvoiceFigures(long invoiceId, String agreementNumber, String executor, BigDecimal linesSum,
                                 BigDecimal delivered, BigDecimal due, BigDecimal ordered) {
    }

    /** One difference: where, what, the two amounts compared. */
    public record Difference(String contractNumber, String certificateNumber, String executor, String what,
                             BigDecimal expected, BigDecimal actual) {
    }

    private Reconciliation() {
    }

    /** @param runApproved whether the month's run is approved (then the invoiced lines are what is paid) */
    public static List<Difference> of(List<ContractFigures> contracts, List<InvoiceFigures> invoices, boolean runApproved) {
        List<Difference> out = new ArrayList<>();
        for (ContractFigures c : contracts) {
            BigDecimal ledger = nz(c.ledgerConsumed());
            BigDecimal submitted = nz(c.submitted());
            BigDecimal invoiced = nz(c.invoiced());
            BigDecimal approved = nz(c.approved());
            if (ledger.compareTo(submitted) != 0) {
                out.add(diff(c, "Списано с сертификата не равно поданному исполнителем", submitted, ledger));
            }
            if (submitted.compareTo(invoiced) != 0) {
                out.add(diff(c, "Подано исполнителем не равно строке акта", submitted, invoiced));
            }
            if (runApproved && invoiced.compareTo(approved) != 0) {
                out.add(diff(c, "Строка акта не равна утверждённому к оплате", invoiced, approved));
            }
        }
        for (InvoiceFigures i : invoices) {
            if (nz(i.linesSum()).compareTo(nz(i.delivered())) != 0) {
                out.add(new Difference(null, null, i.executor(), "Акт по соглашению № " + i.agreementNumber()
                        + ": сумма строк не равна итогу", nz(i.linesSum()), nz(i.delivered())));
            }
            if (nz(i.due()).compareTo(nz(i.ordered())) != 0) {
                out.add(new Difference(null, null, i.executor(), "Акт по соглашению № " + i.agreementNumber()
                        + ": к оплате не равно платёжному поручению", nz(i.due()), nz(i.ordered())));
            }
        }
        return out;
    }

    private static Difference diff(ContractFigures c, String what, BigDecimal expected, BigDecimal actual) {
        return new Difference(c.contractNumber(), c.certificateNumber(), c.executor(), what, expected, actual);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
