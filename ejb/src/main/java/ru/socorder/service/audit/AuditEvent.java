package ru.socorder.service.audit;

import static ru.socorder.service.audit.RecordKind.ADDRESS;
import static ru.socorder.service.audit.RecordKind.AUTHORITY;
import static ru.socorder.service.audit.RecordKind.DECISION;
import static ru.socorder.service.audit.RecordKind.DIRECTION;
import static ru.socorder.service.audit.RecordKind.EXECUTOR;
import static ru.socorder.service.audit.RecordKind.JOB;
import static ru.socorder.service.audit.RecordKind.ORDER;
import static ru.socorder.service.audit.RecordKind.SERVICE;
import static ru.socorder.service.audit.RecordKind.TERRITORY;
import static ru.socorder.service.audit.RecordKind.UNIT;
import static ru.socorder.service.audit.RecordKind.USER;

/**
 * Everything the audit log records: the kind of record it is about and how a person reads it. The name is the stored
 * code (unchanged from the string codes of earlier versions, so old records read the same). An event that mirrors a
 * lifecycle step is also in the record's transition log, which shows it with the states; the card history shows it
 * once, from there.
 */
public enum AuditEvent {
    SERVICE_CREATED(SERVICE, "создание"),
    SERVICE_UPDATED(SERVICE, "изменение"),
    SERVICE_DELETED(SERVICE, "удаление"),
    EXECUTOR_CREATED(EXECUTOR, "создание"),
    EXECUTOR_UPDATED(EXECUTOR, "изменение"),
    EXECUTOR_DELETED(EXECUTOR, "удаление"),
    TERRITORY_CREATED(TERRITORY, "создание"),
    TERRITORY_UPDATED(TERRITORY, "изменение"),
    DIRECTION_CREATED(DIRECTION, "создание"),
    DIRECTION_UPDATED(DIRECTION, "изменение"),
    UNIT_CREATED(UNIT, "создание"),
    UNIT_UPDATED(UNIT, "изменение"),
    AUTHORITY_CREATED(AUTHORITY, "создание"),
    AUTHORITY_UPDATED(AUTHORITY, "изменение"),

    EXECUTOR_IMPORT_STARTED(JOB, "запуск импорта исполнителей"),
    EXECUTOR_IMPORT_RERUN(JOB, "повторный запуск импорта исполнителей"),
    SERVICE_IMPORT_STARTED(JOB, "запуск импорта услуг"),
    SERVICE_IMPORT_RERUN(JOB, "повторный запуск импорта услуг"),

    /** A file stored for a record of any kind (the kind is the owner's). */
    ATTACHMENT_STORED(null, "приложен файл"),

    ORDER_CREATED(ORDER, "создание", true),
    ORDER_HEADER_SAVED(ORDER, "изменение реквизитов"),
    ORDER_LINES_SAVED(ORDER, "изменение услуг и объёмов"),
    ORDER_AMEND(ORDER, "новая редакция", true),
    ORDER_SUBMIT(ORDER, "направлен на утверждение", true),
    ORDER_RETURN(ORDER, "возвращён на доработку", true),
    ORDER_APPROVE(ORDER, "утверждён", true),
    ORDER_PUBLISH(ORDER, "опубликован", true),
    ORDER_COPIED(ORDER, "копия заказа"),
    ORDER_EXPORTED(ORDER, "выгрузка или печать"),

    DECISION_CREATED(DECISION, "создание", true),
    DECISION_UPDATED(DECISION, "изменение реквизитов"),
    DECISION_SERVICE_ADDED(DECISION, "добавлена услуга"),
    DECISION_SERVICE_REMOVED(DECISION, "исключена услуга"),
    DECISION_INFO_SUPPORT(DECISION, "изменено информационное обеспечение"),
    DECISION_EXCLUSIONS(DECISION, "изменены исключения"),
    DECISION_APPENDICES(DECISION, "изменены приложения"),
    DECISION_AMENDED(DECISION, "изменено другим решением", true),
    DECISION_ADOPTED(DECISION, "принято", true),
    DECISION_EXPIRED(DECISION, "утратило силу", true),
    GROUP_MEMBER_ADDED(DECISION, "в рабочую группу включён"),
    GROUP_MEMBER_REMOVED(DECISION, "из рабочей группы выведен"),
    MEETING_RECORDED(DECISION, "заседание рабочей группы"),
    MEETING_UPDATED(DECISION, "заседание рабочей группы исправлено"),
    MEETING_DELETED(DECISION, "заседание рабочей группы удалено"),
    MEETING_SIGNED(DECISION, "протокол заседания подписан"),
    PLAN_ACTIVITY_ADDED(DECISION, "мероприятие плана добавлено"),
    PLAN_ACTIVITY_PLANNED(DECISION, "мероприятие плана: запланировано"),
    PLAN_ACTIVITY_IN_PROGRESS(DECISION, "мероприятие плана: выполняется"),
    PLAN_ACTIVITY_DONE(DECISION, "мероприятие плана: выполнено"),
    PLAN_ACTIVITY_OVERDUE(DECISION, "мероприятие плана: просрочено"),
    INDICATOR_ACTUAL(DECISION, "фактическое значение показателя"),

    LOGIN_FAILED(USER, "неудачный вход"),
    LOGIN_LOCKED(USER, "вход заблокирован"),
    LOGIN_REFUSED_LOCKED(USER, "вход отклонён: блокировка"),
    LOGIN_UNLOCKED(USER, "блокировка входа истекла"),
    LOGIN_ADDRESS_LOCKED(ADDRESS, "адрес заблокирован"),
    LOGIN_ADDRESS_UNLOCKED(ADDRESS, "блокировка адреса истекла"),
    USER_CREATED(USER, "создание"),
    USER_UPDATED(USER, "изменение"),
    USER_UNLOCKED(USER, "блокировка снята администратором");

    private final RecordKind kind;
    private final String label;
    private final boolean lifecycleStep;

    AuditEvent(RecordKind kind, String label) {
        this(kind, label, false);
    }

    AuditEvent(RecordKind kind, String label, boolean lifecycleStep) {
        this.kind = kind;
        this.label = label;
        this.lifecycleStep = lifecycleStep;
    }

    /** The kind of record the event is about; null when the caller names it (a file of any record). */
    public RecordKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** Also a step of the record's transition log: the card history shows it from there, with the states. */
    public boolean lifecycleStep() {
        return lifecycleStep;
    }

    /** The event stored as this code, or null for a code of an older version. */
    public static AuditEvent ofCode(String code) {
        for (AuditEvent e : values()) {
            if (e.name().equals(code)) {
                return e;
            }
        }
        return null;
    }

    /** The audit event of an order's workflow step. */
    public static AuditEvent orderStep(Enum<?> action) {
        return valueOf("ORDER_" + action.name());
    }

    /** The audit event of a plan activity reaching a status. */
    public static AuditEvent planActivity(Enum<?> status) {
        return valueOf("PLAN_ACTIVITY_" + status.name());
    }

    /** The audit events of an import job starting and being re-run. */
    public static AuditEvent jobStarted(String jobKind, boolean rerun) {
        return valueOf(jobKind + (rerun ? "_RERUN" : "_STARTED"));
    }
}
