package ru.socorder.model.certificate;

/** States of an enrolment on a programme group. */
public enum EnrolmentStatus {
    /** ждёт ответа исполнителя */
    REQUESTED,
    /** подтверждена исполнителем: договор заключён */
    CONFIRMED,
    /** отклонена исполнителем (с причиной) */
    REFUSED,
    /** отменена по заявлению родителя */
    CANCELLED,
    /** исполнитель не ответил в срок */
    EXPIRED
}
