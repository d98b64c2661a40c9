package ru.socorder.service.agreement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.agreement.Agreement;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.agreement.AgreementLine;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.model.agreement.BankDetails;
import ru.socorder.model.agreement.PaymentMode;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;

/**
 * An agreement version as screens, the API and the printed form read it (no entities leave the boundary): header,
 * parties with their identifiers, bank details, lines and totals, state, and what the caller may do with it.
 *
 * @param actions the lifecycle actions the caller may take now (names of {@link AgreementLifecycle.Action})
 * @param editable whether the caller may change the draft
 * @param amendable whether the caller may start an amendment (the version is in execution and has none in progress)
 */
public record AgreementView(long id, long version, long familyId, int versionNumber, Long previousId, AgreementKind kind, String kindLabel,
                            String number, LocalDate concludedOn, Party authority, Party executor, Long registryEntryId, String basis,
                            long serviceId, String serviceNumber, String serviceName, int year, LocalDate validFrom, LocalDate validTo,
                            PaymentMode paymentMode, String paymentModeLabel, BigDecimal advanceShare, String reportingDuty, Bank bank,
                            String amendmentReason, boolean executorSigned, AgreementStatus status, String statusLabel,
                            List<Line> lines, BigDecimal totalVolume, BigDecimal totalAmount, List<String> actions, boolean editable,
                            boolean amendable) implements Serializable {

    /** A party with what the agreement states of it. */
    public record Party(long id, String fullName, String shortName, String inn, String kpp, String ogrn, String address,
                        String headPosition, String headName) implements Serializable {
        static Party of(AuthorisedBody a) {
            return new Party(a.getId(), a.getFullName(), a.getShortName(), text(a.getInn()), text(a.getKpp()), text(a.getOgrn()), null,
                    a.getHeadPosition(), a.getHeadName());
        }

        static Party of(Executor e) {
            return new Party(e.getId(), e.getFullName(), e.getDisplayName(), text(e.getInn()), text(e.getKpp()), text(e.getOgrn()),
                    e.getAddress(), e.getHeadPosition(), e.getHeadName());
        }

        private static String text(Object identifier) {
            return identifier == null ? null : identifier.toString();
        }
    }

    /** Банковские реквизиты (all null while a draft waits for them). */
    public record Bank(String payeeName, String account, String bik, String bankName, String correspondentAccount,
                       String treasuryAccount) implements Serializable {
        static Bank of(BankDetails b) {
            return b == null ? new Bank(null, null, null, null, null, null)
                    : new Bank(b.getPayeeName(), b.getAccount(), b.getBik(), b.getBankName(), b.getCorrespondentAccount(), b.getTreasuryAccount());
        }

        public boolean isEmpty() {
            return payeeName == null && account == null && bik == null && bankName == null;
        }
    }

    /** Объём на год. */
    public record Line(int lineNo, long serviceId, String serviceNumber, String serviceName, int year, BigDecimal volume,
                       BigDecimal pricePerUnit, BigDecimal amount) implements Serializable {
    }

    static AgreementView of(Agreement a, List<String> actions, boolean editable, boolean amendable) {
        List<Line> lines = a.getLines().stream().map(AgreementView::line).toList();
        return new AgreementView(a.getId(), a.getVersion(), a.getFamilyId(), a.getVersionNumber(),
                a.getPrevious() == null ? null : a.getPrevious().getId(), a.getKind(), a.getKind().shortLabel(), a.getNumber(),
                a.getConcludedOn(), Party.of(a.getAuthority()), Party.of(a.getExecutor()),
                a.getRegistryEntry() == null ? null : a.getRegistryEntry().getId(), a.getBasis(), a.getService().getId(),
                a.getService().getRegistryNumber().formatted(), a.getService().getName(), a.getYear(), a.getValidFrom(), a.getValidTo(),
                a.getPaymentMode(), a.getPaymentMode().label(), a.getAdvanceShare(), a.getReportingDuty(), Bank.of(a.getBankDetails()),
                a.getAmendmentReason(), a.isExecutorSigned(), a.getStatus(), a.getStatus().label(), lines,
                lines.stream().map(Line::volume).reduce(BigDecimal.ZERO, BigDecimal::add), a.getTotalAmount(), actions, editable,
                amendable);
    }

    private static Line line(AgreementLine l) {
        return new Line(l.getLineNo(), l.getService().getId(), l.getService().getRegistryNumber().formatted(), l.getService().getName(),
                l.getYear(), l.getVolume(), l.getPricePerUnit(), l.getAmount());
    }

    /** «№ 2027/1050», with «(доп. соглашение № 2)» for an amendment. */
    public String title() {
        return "№ " + number + (versionNumber > 1 ? " (редакция " + versionNumber + ")" : "");
    }

    /** Under payment in advance: the share in percent; otherwise null. */
    public boolean isAdvance() {
        return paymentMode == PaymentMode.ADVANCE;
    }
}
