package ru.socorder.service.usage;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateMovement;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.usage.ContractUsage;
import ru.socorder.model.usage.UsageCorrection;
import ru.socorder.model.usage.UsageStatus;
import ru.socorder.service.certificate.CertificateLedger;
import ru.socorder.service.certificate.VolumeUse;
import ru.socorder.service.certificate.enrolment.ContractLedger;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.ValidationFailed;

/**
 * What delivered hours write on the certificates' ledgers, through {@link CertificateLedger} (the one writer of
 * balances) in the calling boundary's transaction, after its rights checks: a submitted month's rows are consumed
 * (CONSUME of each row's hours and amount, the certificates locked in order of id, so two submissions sharing a
 * certificate take turns), and a correction moves the difference — an increase is consumed, a decrease reversed
 * (UNCONSUME, «сторно оплаты»); a decrease on a contract that has ended also releases what it gives back, since an
 * ended contract holds nothing. Amounts follow {@link UsageRules#amount}.
 */
@Stateless
public class UsageLedger {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CertificateLedger ledger;

    @EJB
    private ContractLedger contracts;

    /**
     * Consumes the draft rows of a month (already under the month's lock) and marks them submitted.
     *
     * @throws Conflict a row with hours of a contract no longer in force, or a balance that cannot take it
     */
    public List<ContractUsage> submit(List<ContractUsage> drafts) {
        List<String> ended = new ArrayList<>();
        for (ContractUsage u : drafts) {
            if (u.getHours().signum() > 0 && !UsageRules.Terms.of(u.getContract()).inForce()) {
                ended.add(u.getContract().getNumber());
            }
        }
        if (!ended.isEmpty()) {
            throw new Conflict("Договоры № " + String.join(", ", ended) + " больше не действуют: часы по ним не могут быть оплачены — "
                    + "введите по ним 0 и отправьте месяц снова");
        }
        List<ContractUsage> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing((ContractUsage u) -> u.getContract().getCertificate().getId())
                .thenComparing(u -> u.getContract().getId()));
        for (ContractUsage u : ordered) {
            ConsumerContract k = u.getContract();
            Certificate c = contracts.lock(k.getCertificate().getId());
            BigDecimal amount = UsageRules.amount(UsageRules.Terms.of(k), u.getHours(), others(k, u.month()));
            CertificateMovement m = u.getHours().signum() == 0 && amount.signum() == 0 ? null
                    : ledger.consume(c, k, u.getHours(), amount);
            u.submit(amount, m, VolumeUse.now(clock));
        }
        DatabaseErrors.flush(em, java.util.Map.of());
        return ordered;
    }

    /**
     * Corrects a submitted row to {@code hours}: the rules as for an entry, the ledger moved by the difference.
     *
     * @throws ValidationFailed the hours break the rules ({@code hours})
     * @throws Conflict         the row is not submitted, an increase on a contract no longer in force, a balance that cannot take it
     */
    public UsageCorrection correct(ContractUsage u, BigDecimal hours, String reason, String by) {
        if (u.getStatus() != UsageStatus.SUBMITTED) {
            throw new Conflict("Месяц не отправлен: часы по нему изменяет исполнитель");
        }
        ConsumerContract k = u.getContract();
        Certificate c = contracts.lock(k.getCertificate().getId());
        em.refresh(u);
        if (u.holds(hours)) {
            throw new ValidationFailed("hours", "Часы не изменились: " + ru.socorder.model.common.RussianText.number(hours));
        }
        UsageRules.Terms terms = UsageRules.Terms.of(k);
        UsageRules.Others others = others(k, u.month());
        boolean increase = hours.compareTo(u.getHours()) > 0;
        if (increase && !terms.inForce()) {
            throw new Conflict("Договор № " + k.getNumber() + " больше не действует: увеличить оплаченные часы нельзя");
        }
        String refusal = UsageRules.refusal(new UsageRules.Terms(terms.number(), terms.hours(), terms.pricePerHour(), terms.price(),
                terms.first(), terms.last(), true), u.month(), hours, others);
        if (refusal != null) {
            throw new ValidationFailed("hours", refusal);
        }
        BigDecimal amount = UsageRules.amount(terms, hours, others);
        BigDecimal dh = hours.subtract(u.getHours()).abs();
        BigDecimal da = amount.subtract(u.getAmount()).abs();
        String why = "исправление за " + UsageRules.text(u.month()) + ": " + reason;
        CertificateMovement m;
        if (increase) {
            m = ledger.consume(c, k, dh, da);
        } else {
            m = ledger.unconsume(c, k, dh, da, why.length() > 1000 ? why.substring(0, 1000) : why);
            if (!terms.inForce()) {
                ledger.release(c, k, dh, da);
            }
        }
        UsageCorrection correction = u.correct(hours, amount, reason, by, VolumeUse.now(clock), m);
        em.persist(correction);
        DatabaseErrors.flush(em, java.util.Map.of());
        return correction;
    }

    /** The hours and roubles of the contract's other months. */
    public UsageRules.Others others(ConsumerContract k, YearMonth month) {
        Object[] sums = em.createQuery("select coalesce(sum(u.hours), 0), coalesce(sum(u.amount), 0) from ContractUsage u "
                        + "where u.contract.id = :k and u.usageMonth <> :m", Object[].class)
                .setParameter("k", k.getId()).setParameter("m", month.atDay(1)).getSingleResult();
        return new UsageRules.Others(new BigDecimal(sums[0].toString()), new BigDecimal(sums[1].toString()));
    }
}
