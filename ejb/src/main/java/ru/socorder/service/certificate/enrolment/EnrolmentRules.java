package ru.socorder.service.certificate.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.socorder.model.certificate.Balance;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeGroup;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.RegistryEntryStatus;
import ru.socorder.service.certificate.CertificateLifecycle;

/**
 * Whether a certificate may be used for a programme group — checked when the parent's choice is registered, again
 * when the executor confirms it and for the new group of a change of executor. Every reason is listed, so the clerk
 * sees them all at once:
 * <ul>
 * <li>the certificate is issued or in use and valid when the contract would start (the group's start, or today if later);</li>
 * <li>the programme is certified, by the authority that issued the certificate, for the certificate's service;</li>
 * <li>the executor's entry in that authority's registry is active and covers the service;</li>
 * <li>the child's age on the group's start is within the programme's range (completed years, inclusive);</li>
 * <li>the group has not ended — and, for a new enrolment, has not started; it has a free place (when the contract is
 * concluded the place is taken under the group's lock instead);</li>
 * <li>the certificate has no other enrolment or contract in force on the programme;</li>
 * <li>the certificate's available balance covers the programme's price (checked again, under the certificate's lock,
 * when the cost is allocated).</li>
 * </ul>
 */
public final class EnrolmentRules {
    private EnrolmentRules() {
    }

    /**
     * The choice as the rules see it.
     *
     * @param entry       the executor's entry in the certificate authority's registry, null when it has none
     * @param birthDate   the child's date of birth
     * @param inForce     whether the certificate already has an enrolment waiting or a contract in force on the programme
     * @param balance     the certificate's balance now
     * @param price       what a contract on the programme allocates
     * @param concluding  whether the contract is being concluded now (a confirmation, a change of executor): a group
     *                    that has started may be joined, and the free place is taken — or refused — under the group's
     *                    lock, not checked here
     */
    public record Choice(Certificate certificate, ProgrammeGroup group, RegistryEntry entry, LocalDate birthDate, boolean inForce,
                         Balance balance, ContractAllocation price, LocalDate today, boolean concluding) {
        public Choice {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(today, "today");
        }
    }

    /** The reasons the choice cannot be registered (Russian), empty when it can. */
    public static List<String> refusals(Choice c) {
        List<String> reasons = new ArrayList<>();
        Certificate cert = c.certificate();
        ProgrammeGroup g = c.group();
        Programme p = g.getProgramme();
        LocalDate from = g.getStartsOn().isAfter(c.today()) ? g.getStartsOn() : c.today();
        if (!cert.usableOn(from)) {
            reasons.add("сертификат № " + cert.getNumber().formatted() + " не действует на " + RussianText.date(from)
                    + " (действует с " + RussianText.date(cert.getValidFrom()) + " по " + RussianText.date(cert.getValidTo())
                    + ", статус: «" + CertificateLifecycle.label(cert.getStatus()) + "»)");
        }
        if (!p.isOpen()) {
            reasons.add("программа «" + p.getName() + "» не сертифицирована — записаться на неё нельзя");
        }
        if (!sameId(p.getAuthority(), cert.getAuthority())) {
            reasons.add("программа включена в реестр другого уполномоченного органа, не того, что выдал сертификат");
        }
        if (!sameId(p.getService(), cert.getService())) {
            reasons.add("программа оказывается по другой услуге, чем указана в сертификате");
        }
        if (c.entry() == null || c.entry().getStatus() != RegistryEntryStatus.ACTIVE || !c.entry().covers(cert.getService())) {
            reasons.add("исполнитель не включён в реестр исполнителей по услуге сертификата (или его запись приостановлена либо исключена)");
        }
        if (c.birthDate() != null && !p.admitsAge(c.birthDate(), g.getStartsOn())) {
            reasons.add("возраст ребёнка на начало занятий группы не входит в возрастной диапазон программы (" + p.getAgeFrom() + "–"
                    + p.getAgeTo() + " лет)");
        }
        if (c.today().isAfter(g.getEndsOn())) {
            reasons.add("занятия группы «" + g.getName() + "» закончились " + RussianText.date(g.getEndsOn()));
        } else if (!c.concluding() && !c.today().isBefore(g.getStartsOn())) {
            reasons.add("занятия группы «" + g.getName() + "» уже начались " + RussianText.date(g.getStartsOn())
                    + " — запись открыта до начала занятий");
        }
        if (!c.concluding() && g.getFreePlaces() <= 0) {
            reasons.add("в группе «" + g.getName() + "» нет свободных мест");
        }
        if (c.inForce()) {
            reasons.add("по сертификату уже есть запись или действующий договор на эту программу");
        }
        if (c.balance() != null && c.price() != null && !c.price().fits(c.balance())) {
            reasons.add(shortage(c.balance(), c.price()));
        }
        return reasons;
    }

    /** The refusal of a price the balance cannot take. */
    public static String shortage(Balance balance, ContractAllocation price) {
        return "недостаточно средств сертификата: доступно " + RussianText.amount(balance.availableAmount()) + " руб. ("
                + RussianText.number(balance.availableHours()) + " чел.-ч), стоимость программы " + RussianText.amount(price.amount())
                + " руб. (" + RussianText.number(price.hours()) + " чел.-ч)";
    }

    /** One message of all reasons, capitalised. */
    public static String message(List<String> reasons) {
        String all = String.join("; ", reasons);
        return Character.toUpperCase(all.charAt(0)) + all.substring(1);
    }

    private static boolean sameId(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return Objects.equals(id(a), id(b)) && id(a) != null;
    }

    private static Long id(Object o) {
        if (o instanceof ru.socorder.model.catalog.AuthorisedBody a) {
            return a.getId();
        }
        if (o instanceof ru.socorder.model.catalog.SocialService s) {
            return s.getId();
        }
        return null;
    }
}
