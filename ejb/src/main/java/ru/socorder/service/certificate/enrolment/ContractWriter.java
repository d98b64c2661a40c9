package ru.socorder.service.certificate.enrolment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.model.certificate.TerminationSide;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.service.certificate.ContractLifecycle;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.lifecycle.TransitionLog;

/**
 * The writing shared by the enrolment and contract boundaries, inside their transactions and after their rights
 * checks: the locks (groups in order of id, then the certificate), concluding a contract (a place of the group taken,
 * the number, the price allocated on the certificate) and ending one early (the unconsumed allocation released, the
 * place freed). Concluding under the group's lock makes confirmations racing for the last places take turns: exactly
 * as many succeed as there are places, the others get 409; the database's {@code taken <= capacity} holds anyway.
 */
@Stateless
public class ContractWriter {
    private static final java.util.Map<String, String> DUPLICATES = java.util.Map.of(
            "uk_consumer_contract_number", "Договор с таким номером у исполнителя уже есть",
            "uk_consumer_contract_enrolment", "По этой записи договор уже заключён",
            "uk_consumer_contract_replaces", "Этот договор уже заменён другим",
            "uk_certificate_movement_seq", "Баланс сертификата только что изменился — повторите действие");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ContractLedger ledger;

    @EJB
    private TransitionLog transitions;

    @EJB
    private ru.socorder.service.certificate.closing.ClosingCalendars calendars;

    /** Locks the groups' rows in the order of their ids (no two writers wait for each other in a circle). */
    public List<ProgrammeGroup> lockGroups(long... ids) {
        long[] sorted = ids.clone();
        java.util.Arrays.sort(sorted);
        java.util.Map<Long, ProgrammeGroup> locked = new java.util.HashMap<>();
        for (long id : sorted) {
            ProgrammeGroup g = locked.containsKey(id) ? locked.get(id) : em.find(ProgrammeGroup.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (g == null) {
                throw new NotFound("Группа программы не найдена");
            }
            locked.put(id, g);
        }
        return java.util.Arrays.stream(ids).mapToObj(locked::get).toList();
    }

    public Certificate lockCertificate(long id) {
        return ledger.lock(id);
    }

    /** The executor's entry in the registry of the authority, or null. */
    public RegistryEntry entry(Long authorityId, Long executorId) {
        return em.createQuery("select r from RegistryEntry r where r.authority.id = :a and r.executor.id = :e", RegistryEntry.class)
                .setParameter("a", authorityId).setParameter("e", executorId).getResultStream().findFirst().orElse(null);
    }

    /**
     * The rules' view of using the (locked) certificate for the group.
     *
     * @param concluding see {@link EnrolmentRules.Choice#concluding()}
     * @param replacing  the contract a change of executor ends (not counted as one in force, its allocation counted as
     *                   available by {@link ExecutorChange}, so no balance is checked here), or null
     */
    public EnrolmentRules.Choice choice(Certificate cert, ProgrammeGroup group, LocalDate today, boolean concluding,
                                        ConsumerContract replacing) {
        var p = group.getProgramme();
        long inForce = em.createQuery("select count(e) from Enrolment e where e.certificate = :c and e.group.programme = :p "
                        + "and e.status = :requested", Long.class).setParameter("c", cert).setParameter("p", p)
                .setParameter("requested", EnrolmentStatus.REQUESTED).getSingleResult()
                + em.createQuery("select count(k) from ConsumerContract k where k.certificate = :c and k.programme = :p and k.status in :live "
                        + "and k.id <> :replacing", Long.class).setParameter("c", cert).setParameter("p", p)
                .setParameter("live", List.of(ContractStatus.CONCLUDED, ContractStatus.ACTIVE))
                .setParameter("replacing", replacing == null ? -1L : replacing.getId()).getSingleResult();
        return new EnrolmentRules.Choice(cert, group, entry(cert.getAuthority().getId(), p.getExecutor().getId()),
                cert.getConsumer().getBirthDate(), inForce > 0, replacing == null ? ledger.balance(cert) : null,
                p.getNormativeCost() == null ? null : ContractAllocation.of(p), today, concluding);
    }

    /**
     * Concludes the contract of a confirmed enrolment on the locked group and certificate: takes a place, allocates the
     * price. Refused (409, nothing written) when the group is full or the balance does not cover the price, and from the
     * closing calendar's stop date of the certificate's year (409, code {@code YEAR_CLOSING}).
     *
     * @param replaces the contract it takes over from (a change of executor), or null
     */
    public ConsumerContract conclude(Enrolment e, ProgrammeGroup group, Certificate certificate, LocalDate on, ConsumerContract replaces) {
        calendars.requireOpen(certificate, on);
        if (!group.take()) {
            throw new Conflict("В группе «" + group.getName() + "» нет свободных мест: все " + group.getCapacity() + " заняты");
        }
        ContractAllocation price = ContractAllocation.of(group.getProgramme());
        ConsumerContract k = new ConsumerContract(number(on, e), e, on, price.hours(), price.pricePerHour(), price.amount());
        if (replaces != null) {
            k.replace(replaces);
        }
        em.persist(k);
        DatabaseErrors.flush(em, DUPLICATES);
        ledger.allocate(certificate, k, price);
        transitions.created(ContractLifecycle.RECORD, k.getId(), ContractStatus.CONCLUDED,
                replaces == null ? null : "смена исполнителя: взамен договора № " + replaces.getNumber());
        DatabaseErrors.flush(em, DUPLICATES);
        return k;
    }

    /**
     * Ends a contract early (the lifecycle step already checked by the caller): releases what it still holds, frees its
     * place in its (locked) group, records the step with its basis.
     */
    public ContractAllocation terminate(ConsumerContract k, ProgrammeGroup group, Certificate certificate, LocalDate on,
                                        TerminationSide side, String reason) {
        ContractStatus before = k.getStatus();
        ContractAllocation released = ledger.release(certificate, k);
        if (group != null) {
            group.free();
        }
        k.terminate(on, side);
        transitions.record(ContractLifecycle.RECORD, k.getId(), ContractLifecycle.Action.TERMINATE, before, ContractStatus.TERMINATED,
                reason);
        DatabaseErrors.flush(em, DUPLICATES);
        return released;
    }

    /**
     * The contract's number: the year it is concluded and the enrolment's id, e.g. {@code 2024-1050} — unique for the
     * executor (an enrolment has one contract), given without a counter that two confirmations could both read.
     */
    static String number(LocalDate on, Enrolment e) {
        return on.getYear() + "-" + e.getId();
    }
}
