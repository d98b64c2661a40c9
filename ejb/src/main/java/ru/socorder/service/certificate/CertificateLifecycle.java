package ru.socorder.service.certificate;

import ru.socorder.model.certificate.CertificateStatus;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * A certificate (domain.md §3.4): issued → in use (when the first contract allocates part of its balance) → closed,
 * expired (at the end of its validity) or revoked; suspended and resumed on the way. Resuming returns it to ISSUED;
 * when contracts still hold part of its balance the service follows with USE at once, so the history shows both.
 * The authority's clerks act; USE and EXPIRE follow from other records and the calendar.
 */
public final class CertificateLifecycle {

    /** Actions, as the API names them. */
    public enum Action {
        SUSPEND, RESUME, CLOSE, REVOKE,
        /** Taken by nobody: follows when a contract allocates part of the balance. */
        USE,
        /** Taken by nobody: follows when the validity ends. */
        EXPIRE
    }

    /** @param clerkOfAuthority a clerk of the authority that issued the certificate */
    public record Actor(boolean clerkOfAuthority) {
    }

    private static final String CLERK = "Сертификатами распоряжается специалист уполномоченного органа, который их выдал";

    public static final Lifecycle<CertificateStatus, Action, Actor> TABLE = Lifecycle
            .<CertificateStatus, Action, Actor>of("сертификат", CertificateStatus.class, Action.class, CertificateLifecycle::label,
                    CertificateLifecycle::label)
            .step(Action.SUSPEND).from(CertificateStatus.ISSUED, CertificateStatus.IN_USE).to(CertificateStatus.SUSPENDED)
            .by(Actor::clerkOfAuthority, CLERK).commentRequired("Укажите основание приостановления")
            .step(Action.RESUME).from(CertificateStatus.SUSPENDED).to(CertificateStatus.ISSUED).by(Actor::clerkOfAuthority, CLERK)
            .step(Action.CLOSE).from(CertificateStatus.ISSUED, CertificateStatus.IN_USE).to(CertificateStatus.CLOSED)
            .by(Actor::clerkOfAuthority, CLERK)
            .step(Action.REVOKE).from(CertificateStatus.ISSUED, CertificateStatus.IN_USE, CertificateStatus.SUSPENDED)
            .to(CertificateStatus.REVOKED).by(Actor::clerkOfAuthority, CLERK).commentRequired("Укажите основание отзыва сертификата")
            .step(Action.USE).from(CertificateStatus.ISSUED).to(CertificateStatus.IN_USE)
            .automatic("сертификат используется, когда по нему заключён договор")
            .step(Action.EXPIRE).from(CertificateStatus.ISSUED, CertificateStatus.IN_USE, CertificateStatus.SUSPENDED)
            .to(CertificateStatus.EXPIRED).automatic("срок действия сертификата истекает по календарю")
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = RecordKind.CERTIFICATE.code();

    private CertificateLifecycle() {
    }

    public static String label(CertificateStatus s) {
        return switch (s) {
            case ISSUED -> "выдан";
            case IN_USE -> "используется";
            case SUSPENDED -> "приостановлен";
            case CLOSED -> "закрыт";
            case EXPIRED -> "срок действия истёк";
            case REVOKED -> "отозван";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case SUSPEND -> "приостановить";
            case RESUME -> "возобновить";
            case CLOSE -> "закрыть";
            case REVOKE -> "отозвать";
            case USE -> "заключён договор";
            case EXPIRE -> "истёк срок действия";
        };
    }
}
