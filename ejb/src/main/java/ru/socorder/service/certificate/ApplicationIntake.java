package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.CertificateApplication;
import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.model.certificate.Channel;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.ConsumerStatus;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.common.DatabaseErrors;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;

/**
 * One attempt to receive an application, each in a transaction of its own ({@link CertificateApplications#apply} runs
 * them): the application is stored under its Idempotency-Key first, so a second request with the same key — also a
 * concurrent one — fails on the unique key (or waits for the first and then fails) and is answered from the stored
 * application instead; then the child is checked and the application decided.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ApplicationIntake {
    /** The message of the key's unique violation: another request with the key is being stored. */
    static final String IN_FLIGHT = "Заявление с этим ключом идемпотентности уже принимается";
    private static final Map<String, String> KEY = Map.of("uk_certificate_application_key", IN_FLIGHT,
            "uk_consumer_snils", IN_FLIGHT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private Consumers consumers;

    @EJB
    private CertificateIssuing issuing;

    @EJB
    private TransitionLog transitions;

    @EJB
    private AuditLog audit;

    /** The answer already given under the key, or null; a different request under the key is a 409 {@code IDEMPOTENCY_KEY_REUSED}. */
    public ApplicationAnswer existing(String key, String hash) {
        return existing(currentUser.get().login(), key, hash);
    }

    private ApplicationAnswer existing(String requestedBy, String key, String hash) {
        CertificateApplication a = byKey(requestedBy, key);
        if (a == null) {
            return null;
        }
        if (!a.isSameRequest(hash)) {
            throw Conflict.coded("IDEMPOTENCY_KEY_REUSED", "Ключ идемпотентности уже использован", "Ключ идемпотентности «" + key
                    + "» уже использован для другого заявления (№ " + a.getId() + "): для нового заявления укажите новый ключ");
        }
        return answer(a).asReplay();
    }

    public ApplicationAnswer receive(String key, String hash, ApplicationForm f) {
        Caller c = currentUser.get();
        return receive(c, c.login(), key, hash, f, checked(f, false));
    }

    /**
     * An application from an import file (channel IMPORT), for the user who loaded it. The key is the authority's
     * ({@link #importer}), not the user's: the same file loaded again by any clerk of the authority finds the
     * applications made the first time.
     */
    public ApplicationAnswer receiveImported(String key, String hash, ApplicationForm f) {
        Caller c = currentUser.get();
        c.require(Rights.Action.CREATE, Rights.of(CertificateApplication.class, c.authorityId() == null ? -1L : c.authorityId()));
        return receive(c, importer(c.authorityId()), key, hash, f, checked(f, true));
    }

    /** Who an imported application is requested by: the authority's import (the scope of its idempotency keys). */
    static String importer(long authorityId) {
        return "import:" + authorityId;
    }

    private ApplicationAnswer receive(Caller c, String requestedBy, String key, String hash, ApplicationForm f, Channel channel) {
        ApplicationAnswer earlier = existing(requestedBy, key, hash);
        if (earlier != null) {
            return earlier;
        }
        AuthorisedBody authority = em.find(AuthorisedBody.class, c.authorityId());
        SocialService service = em.find(SocialService.class, f.getServiceId());
        if (service == null) {
            throw new ValidationFailed("serviceId", "Услуга не найдена");
        }
        Consumer consumer;
        if (f.getConsumerId() != null) {
            consumer = em.find(Consumer.class, f.getConsumerId());
            if (consumer == null) {
                throw new ValidationFailed("consumerId", "Получатель не найден");
            }
            c.require(Rights.Action.READ, consumer);
        } else {
            consumer = consumers.findOrRegister(f.getConsumer());
        }
        CertificateApplication a = new CertificateApplication(requestedBy, key, hash, channel, authority, consumer, service,
                f.getStartsOn().getYear(), f.getStartsOn(), VolumeUse.now(clock));
        if (consumer.getStatus() == ConsumerStatus.HELD) {
            a.moveTo(CertificateApplicationStatus.HELD, VolumeUse.now(clock));
        }
        em.persist(a);
        DatabaseErrors.flush(em, KEY);
        transitions.created(CertificateApplicationLifecycle.RECORD, a.getId(), a.getStatus(), channel.label()
                + (a.getStatus() == CertificateApplicationStatus.HELD ? ": ребёнок, вероятно, уже зарегистрирован (запись № "
                + consumer.getDuplicateOf().getId() + ")" : ""));
        audit.record(AuditEvent.CERTIFICATE_APPLICATION_RECEIVED, a.getId(), channel.label() + ", ключ " + key);
        if (a.getStatus() == CertificateApplicationStatus.RECEIVED) {
            issuing.decide(a);
        }
        em.flush();
        return answer(a);
    }

    private static Channel checked(ApplicationForm f, boolean imported) {
        List<FieldError> errors = new ArrayList<>();
        if (f.getServiceId() == null) {
            errors.add(new FieldError("serviceId", "Укажите услугу"));
        }
        if (f.getStartsOn() == null) {
            errors.add(new FieldError("startsOn", "Укажите дату начала обучения"));
        }
        if (f.getConsumerId() == null && f.getConsumer() == null) {
            errors.add(new FieldError("consumerId", "Укажите получателя (consumerId) или сведения о ребёнке (consumer)"));
        } else if (f.getConsumerId() != null && f.getConsumer() != null) {
            errors.add(new FieldError("consumer", "Укажите либо получателя (consumerId), либо сведения о ребёнке (consumer), не то и другое"));
        }
        Channel channel = imported ? Channel.IMPORT : null;
        try {
            if (imported) {
                return checked(errors, channel);
            }
            channel = f.getChannel() == null || f.getChannel().isBlank() ? Channel.CLERK
                    : Channel.valueOf(f.getChannel().strip().toUpperCase(Locale.ROOT));
            if (channel == Channel.IMPORT) {
                channel = null;
            }
        } catch (IllegalArgumentException e) {
            channel = null;
        }
        if (channel == null) {
            errors.add(new FieldError("channel", "Канал подачи: CLERK (специалист), EPGU (ЕПГУ) или NAVIGATOR (Навигатор)"));
        }
        return checked(errors, channel);
    }

    private static Channel checked(List<FieldError> errors, Channel channel) {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return channel;
    }

    private CertificateApplication byKey(String login, String key) {
        return em.createQuery("select a from CertificateApplication a where a.requestedBy = :by and a.idempotencyKey = :key",
                CertificateApplication.class).setParameter("by", login).setParameter("key", key).getResultStream().findFirst().orElse(null);
    }

    /** The answer about an application: its state, the reason, the queue position, the certificate. */
    public ApplicationAnswer answer(CertificateApplication a) {
        Long position = a.getStatus() == CertificateApplicationStatus.QUEUED ? issuing.position(a) : null;
        String number = a.getStatus() == CertificateApplicationStatus.ISSUED
                ? em.createQuery("select c from Certificate c where c.application.id = :a", Certificate.class).setParameter("a", a.getId())
                        .getResultStream().findFirst().map(c -> c.getNumber().value()).orElse(null)
                : null;
        return ApplicationAnswer.of(a, position, number, false);
    }
}
