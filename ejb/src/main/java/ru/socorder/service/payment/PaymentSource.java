package ru.socorder.service.payment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.model.agreement.AgreementSetting;
import ru.socorder.model.payment.PaymentOrder;

/**
 * What a payment run reads from the other areas, in native SQL over their tables (agreements V25, contracts V22,
 * delivered volume V26): the agreements of a month, an agreement's contracts and submitted usage, and the advance and
 * overpayment its earlier approved runs left. Kept here, in the payment package, so that the run's reads are one
 * query per agreement and kind whatever the entities of those areas load, and so that the run does not depend on
 * their boundaries' rights (the job writes without a request's user checks: rights were checked when it started).
 */
@Stateless
public class PaymentSource {
    @PersistenceContext
    private EntityManager em;

    /**
     * The working day of the month the authority's advances and acts are paid on: its payment settings, else the
     * global default ({@link Advance#configuredWorkingDay}).
     */
    public int payWorkingDay(long authorityId) {
        AgreementSetting s = em.find(AgreementSetting.class, authorityId);
        return s != null ? s.getPayWorkingDay() : Advance.configuredWorkingDay();
    }

    /** An agreement in execution as a run needs it: parties, mode, share, bank details. */
    public record AgreementData(long id, long familyId, String number, LocalDate concludedOn, long authorityId, long executorId,
                                long serviceId, int year, LocalDate validFrom, LocalDate validTo, boolean advance,
                                BigDecimal advanceShare, PaymentOrder.Payee payee, String executorName) implements java.io.Serializable {
    }

    /** A contract of an agreement: period and price. */
    public record ContractData(long id, long certificateId, LocalDate startsOn, LocalDate endsOn, BigDecimal price,
                               BigDecimal pricePerHour, LocalDate terminatedOn) {
    }

    /** A submitted usage row of a month. */
    public record UsageData(long contractId, long certificateId, BigDecimal hours, BigDecimal pricePerHour, BigDecimal amount) {
    }

    /**
     * The certificate agreements in execution of an authority that a run of the month settles (of the month's year)
     * or advances the next month under (of the next month's year, valid in it), in id order: id and number.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> agreementsOf(long authorityId, YearMonth month) {
        YearMonth next = month.plusMonths(1);
        return em.createNativeQuery("select a.id, a.number from agreement a where a.authority_id = ?1 and a.status = 'IN_EXECUTION' "
                        + "and a.kind in ('CERTIFICATE_FINANCING', 'CERTIFICATE_REIMBURSEMENT') "
                        + "and ((a.agreement_year = ?2 and a.valid_from <= ?3 and a.valid_to >= ?4) "
                        + "or (a.agreement_year = ?5 and a.payment_mode = 'ADVANCE' and a.valid_from <= ?6 and a.valid_to >= ?7)) order by a.id")
                .setParameter(1, authorityId).setParameter(2, month.getYear()).setParameter(3, month.atEndOfMonth())
                .setParameter(4, month.atDay(1)).setParameter(5, next.getYear()).setParameter(6, next.atEndOfMonth())
                .setParameter(7, next.atDay(1)).getResultList();
    }

    public AgreementData agreement(long id) {
        Object[] r = (Object[]) em.createNativeQuery("select a.id, a.family_id, a.number, a.concluded_on, a.authority_id, a.executor_id, "
                + "a.service_id, a.agreement_year, a.valid_from, a.valid_to, a.payment_mode, a.advance_share, "
                + "coalesce(a.bank_payee_name, e.full_name), e.inn, e.kpp, a.bank_account, a.bank_bik, a.bank_name, a.bank_corr_account, "
                + "a.bank_treasury_account, coalesce(e.short_name, e.full_name) "
                + "from agreement a join executor e on e.id = a.executor_id where a.id = ?1").setParameter(1, id).getSingleResult();
        return new AgreementData(num(r[0]), num(r[1]), (String) r[2], date(r[3]), num(r[4]), num(r[5]), num(r[6]),
                (int) num(r[7]), date(r[8]), date(r[9]), "ADVANCE".equals(r[10]), (BigDecimal) r[11],
                new PaymentOrder.Payee((String) r[12], (String) r[13], (String) r[14], (String) r[15], (String) r[16], (String) r[17],
                        (String) r[18], (String) r[19]), (String) r[20]);
    }

    /** The agreement's contracts (its executor and service with its authority) whose period meets the month, not ended before it. */
    @SuppressWarnings("unchecked")
    public List<ContractData> contracts(AgreementData a, YearMonth month) {
        List<ContractData> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select c.id, c.certificate_id, c.starts_on, c.ends_on, c.price, "
                        + "c.price_per_hour, c.terminated_on from consumer_contract c join programme p on p.id = c.programme_id "
                        + "where c.authority_id = ?1 and c.executor_id = ?2 and p.service_id = ?3 and c.starts_on <= ?4 and c.ends_on >= ?5 "
                        + "and (c.terminated_on is null or c.terminated_on >= ?5) order by c.id")
                .setParameter(1, a.authorityId()).setParameter(2, a.executorId()).setParameter(3, a.serviceId())
                .setParameter(4, month.atEndOfMonth()).setParameter(5, month.atDay(1)).getResultList()) {
            out.add(new ContractData(num(r[0]), num(r[1]), date(r[2]), date(r[3]), (BigDecimal) r[4], (BigDecimal) r[5], date(r[6])));
        }
        return out;
    }

    /** The submitted usage of the month under the agreement's contracts, in contract order. */
    @SuppressWarnings("unchecked")
    public List<UsageData> submittedUsage(AgreementData a, YearMonth month) {
        List<UsageData> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select u.contract_id, c.certificate_id, u.hours, c.price_per_hour, u.amount "
                        + "from contract_usage u join consumer_contract c on c.id = u.contract_id join programme p on p.id = c.programme_id "
                        + "where u.authority_id = ?1 and u.executor_id = ?2 and p.service_id = ?3 and u.usage_month = ?4 "
                        + "and u.status = 'SUBMITTED' order by u.contract_id")
                .setParameter(1, a.authorityId()).setParameter(2, a.executorId()).setParameter(3, a.serviceId())
                .setParameter(4, month.atDay(1)).getResultList()) {
            out.add(new UsageData(num(r[0]), num(r[1]), (BigDecimal) r[2], (BigDecimal) r[3], (BigDecimal) r[4]));
        }
        return out;
    }

    /** The advance an approved run paid under the agreement family for the month (zero if none). */
    public BigDecimal approvedAdvance(long familyId, YearMonth month) {
        return approved("i.amount_due", familyId, month, "ADVANCE");
    }

    /** The overpayment the approved settlement of the month carried forward under the agreement family (zero if none). */
    public BigDecimal approvedCarriedForward(long familyId, YearMonth month) {
        return approved("i.carried_forward", familyId, month, "SETTLEMENT");
    }

    private BigDecimal approved(String column, long familyId, YearMonth month, String kind) {
        List<?> r = em.createNativeQuery("select " + column + " from invoice i join payment_run r on r.id = i.run_id "
                        + "where i.agreement_family_id = ?1 and i.invoice_month = ?2 and i.kind = ?3 and r.status = 'APPROVED'")
                .setParameter(1, familyId).setParameter(2, month.atDay(1)).setParameter(3, kind).getResultList();
        return r.isEmpty() ? BigDecimal.ZERO : (BigDecimal) r.get(0);
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
