package ru.socorder.service.certificate;

import ru.socorder.model.certificate.EnrolmentStatus;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * An enrolment on a programme group: the group's executor confirms it (a contract is concluded and the programme's
 * price allocated on the certificate) or refuses it with a reason, within the working days the territory's terms
 * give; the authority's clerk cancels it on the parent's request; unanswered by its due date it lapses.
 */
public final class EnrolmentLifecycle {

    /** Actions, as the API names them. */
    public enum Action {
        CONFIRM, REFUSE, CANCEL,
        /** Taken by nobody: follows when the due date has passed without an answer. */
        LAPSE
    }

    /**
     * @param executorOfGroup  a user of the executor whose group it is
     * @param clerkOfAuthority a clerk of the authority that issued the certificate
     */
    public record Actor(boolean executorOfGroup, boolean clerkOfAuthority) {
    }

    private static final String EXECUTOR = "На запись отвечает исполнитель услуг, к которому записан ребёнок";
    private static final String CLERK = "Запись по заявлению родителя отменяет специалист уполномоченного органа";

    public static final Lifecycle<EnrolmentStatus, Action, Actor> TABLE = Lifecycle
            .<EnrolmentStatus, Action, Actor>of("запись", EnrolmentStatus.class, Action.class, EnrolmentLifecycle::label,
                    EnrolmentLifecycle::label)
            .step(Action.CONFIRM).from(EnrolmentStatus.REQUESTED).to(EnrolmentStatus.CONFIRMED).by(Actor::executorOfGroup, EXECUTOR)
            .step(Action.REFUSE).from(EnrolmentStatus.REQUESTED).to(EnrolmentStatus.REFUSED).by(Actor::executorOfGroup, EXECUTOR)
            .commentRequired("Укажите причину отказа в зачислении")
            .step(Action.CANCEL).from(EnrolmentStatus.REQUESTED).to(EnrolmentStatus.CANCELLED).by(Actor::clerkOfAuthority, CLERK)
            .commentRequired("Укажите основание отмены записи")
            .step(Action.LAPSE).from(EnrolmentStatus.REQUESTED).to(EnrolmentStatus.EXPIRED)
            .automatic("запись истекает, если исполнитель не ответил в установленный срок")
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = RecordKind.ENROLMENT.code();

    private EnrolmentLifecycle() {
    }

    public static String label(EnrolmentStatus s) {
        return switch (s) {
            case REQUESTED -> "ждёт ответа исполнителя";
            case CONFIRMED -> "подтверждена";
            case REFUSED -> "отклонена";
            case CANCELLED -> "отменена";
            case EXPIRED -> "срок ответа истёк";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case CONFIRM -> "подтвердить зачисление";
            case REFUSE -> "отказать в зачислении";
            case CANCEL -> "отменить запись";
            case LAPSE -> "истёк срок ответа";
        };
    }
}
