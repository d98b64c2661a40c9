package ru.socorder.service.certificate;

import ru.socorder.model.certificate.CertificateApplicationStatus;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * An application for a certificate is created RECEIVED, or HELD when the child probably is already registered (the
 * clerk resolves the hold). After the checks it is issued, refused with a reason code, or queued while the order's
 * certificate volume is exhausted; a queued application is served — issued — automatically, in order, when volume is
 * freed or the order is amended upward, or refused automatically then if the child is no longer eligible. The
 * authority's clerks act (an adapter's API account is such a clerk).
 */
public final class CertificateApplicationLifecycle {

    /** Actions, as the API names them. */
    public enum Action {
        RESOLVE, ISSUE, ENQUEUE, REFUSE, WITHDRAW,
        /** Taken by nobody: follows when volume is freed and the application is first in its queue. */
        SERVE,
        /** Taken by nobody: when the queue is served, an application whose child is no longer eligible is refused. */
        REFUSE_QUEUED
    }

    /** @param clerkOfAuthority a clerk of the authority the application is addressed to */
    public record Actor(boolean clerkOfAuthority) {
    }

    private static final String CLERK = "Заявления рассматривает специалист уполномоченного органа";

    public static final Lifecycle<CertificateApplicationStatus, Action, Actor> TABLE = Lifecycle
            .<CertificateApplicationStatus, Action, Actor>of("заявление", CertificateApplicationStatus.class, Action.class,
                    CertificateApplicationLifecycle::label, CertificateApplicationLifecycle::label)
            .step(Action.RESOLVE).from(CertificateApplicationStatus.HELD).to(CertificateApplicationStatus.RECEIVED)
            .by(Actor::clerkOfAuthority, CLERK).commentRequired("Укажите, как разрешён возможный дубликат сведений о ребёнке")
            .step(Action.ISSUE).from(CertificateApplicationStatus.RECEIVED).to(CertificateApplicationStatus.ISSUED)
            .by(Actor::clerkOfAuthority, CLERK)
            .step(Action.ENQUEUE).from(CertificateApplicationStatus.RECEIVED).to(CertificateApplicationStatus.QUEUED)
            .by(Actor::clerkOfAuthority, CLERK)
            .step(Action.REFUSE).from(CertificateApplicationStatus.RECEIVED, CertificateApplicationStatus.HELD,
                    CertificateApplicationStatus.QUEUED).to(CertificateApplicationStatus.REFUSED).by(Actor::clerkOfAuthority, CLERK)
            .commentRequired("Укажите причину отказа")
            .step(Action.WITHDRAW).from(CertificateApplicationStatus.RECEIVED, CertificateApplicationStatus.HELD,
                    CertificateApplicationStatus.QUEUED).to(CertificateApplicationStatus.WITHDRAWN).by(Actor::clerkOfAuthority, CLERK)
            .commentRequired("Укажите основание отзыва заявления")
            .step(Action.SERVE).from(CertificateApplicationStatus.QUEUED).to(CertificateApplicationStatus.ISSUED)
            .automatic("заявление из очереди обслуживается, когда освобождается объём социального заказа")
            .step(Action.REFUSE_QUEUED).from(CertificateApplicationStatus.QUEUED).to(CertificateApplicationStatus.REFUSED)
            .automatic("заявлению из очереди отказывается при её обслуживании, если ребёнок больше не соответствует условиям выдачи")
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = RecordKind.CERTIFICATE_APPLICATION.code();

    private CertificateApplicationLifecycle() {
    }

    public static String label(CertificateApplicationStatus s) {
        return switch (s) {
            case RECEIVED -> "принято";
            case HELD -> "проверка дубликата";
            case QUEUED -> "в очереди";
            case ISSUED -> "сертификат выдан";
            case REFUSED -> "отказано";
            case WITHDRAWN -> "отозвано";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case RESOLVE -> "снять проверку дубликата";
            case ISSUE -> "выдать сертификат";
            case ENQUEUE -> "поставить в очередь";
            case REFUSE -> "отказать";
            case WITHDRAW -> "отозвать";
            case SERVE -> "выдан сертификат из очереди";
            case REFUSE_QUEUED -> "отказано при обслуживании очереди";
        };
    }
}
