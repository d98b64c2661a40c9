package ru.socorder.service.certificate.enrolment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.identifier.CertificateNumber;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.certificate.ContractLifecycle;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.common.TooManyRequests;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.security.LoginThrottle;
import ru.socorder.service.security.PublicCheckAddresses;

/**
 * The public check for parents, without a login (the practitioners' answer to enrolments made without the family's
 * knowledge): the certificate's number and the last four digits of the child's СНИЛС → the contracts on the
 * certificate — executor, programme, dates, status — and nothing else: no name, no balance. A wrong pair reads exactly
 * like a number that does not exist. Every request counts against its client address by the login-throttling rule
 * ({@link LoginThrottle}, policy {@link #POLICY}: {@value #LIMIT} checks within ten minutes, then ten minutes of 429),
 * so the four digits cannot be guessed from one address.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class CertificateCheck {
    static final int LIMIT = 10;
    public static final LoginThrottle.Policy POLICY = new LoginThrottle.Policy(LIMIT, Duration.ofMinutes(10), Duration.ofMinutes(10));
    public static final String NOT_FOUND = "Сертификат с таким номером и последними цифрами СНИЛС не найден. Проверьте номер "
            + "сертификата и цифры СНИЛС ребёнка.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PublicCheckAddresses addresses;

    /**
     * @param address the client's address (the rate limit's key)
     * @throws TooManyRequests  too many checks from the address (429, Retry-After)
     * @throws ValidationFailed the number or the digits are malformed (fields {@code number}, {@code snils4})
     * @throws NotFound         no such certificate, or the digits are not its child's
     */
    public List<PublicContract> check(String number, String snils4, String address) {
        LoginThrottle rule = new LoginThrottle(POLICY, clock);
        Optional<Duration> locked = rule.lockRemaining(addresses.get(address));
        if (locked.isPresent()) {
            throw new TooManyRequests("Слишком много проверок с вашего адреса. Повторите через " + LoginThrottle.minutes(locked.get())
                    + " мин.", locked.get());
        }
        addresses.update(address, rule::failed, rule::isStale);
        var check = CertificateNumber.check(number);
        if (!check.valid()) {
            throw new ValidationFailed("number", check.message());
        }
        String digits = snils4 == null ? "" : snils4.strip();
        if (!digits.matches("[0-9]{4}")) {
            throw new ValidationFailed("snils4", "Укажите последние четыре цифры СНИЛС ребёнка");
        }
        Certificate c = em.createQuery("select c from Certificate c join fetch c.consumer where c.number = :n", Certificate.class)
                .setParameter("n", CertificateNumber.of(number)).getResultStream().findFirst().orElse(null);
        Snils snils = c == null ? null : c.getConsumer().getSnils();
        if (snils == null || !snils.endsWith(digits)) {
            throw new NotFound(NOT_FOUND);
        }
        return em.createQuery("select k from ConsumerContract k join fetch k.executor join fetch k.programme where k.certificate = :c "
                        + "order by k.concludedOn, k.id", ConsumerContract.class).setParameter("c", c).getResultList().stream()
                .map(k -> new PublicContract(k.getExecutor().getShortName(), k.getProgramme().getName(), k.getStartsOn(), k.getEndsOn(),
                        ContractLifecycle.label(k.getStatus()), k.getTerminatedOn()))
                .toList();
    }
}
