package ru.socorder.service.audit;

import static ru.socorder.service.audit.RecordKind.ADDRESS;
import static ru.socorder.service.audit.RecordKind.AUTHORITY;
import static ru.socorder.service.audit.RecordKind.DECISION;
import static ru.socorder.service.audit.RecordKind.DIRECTION;
import static ru.socorder.service.audit.RecordKind.EXECUTOR;
import static ru.socorder.service.audit.RecordKind.JOB;
import static ru.socorder.service.audit.RecordKind.ORDER;
import static ru.socorder.service.audit.RecordKind.PROGRAMME;
import static ru.socorder.service.audit.RecordKind.REGISTRY_APPLICATION;
import static ru.socorder.service.audit.RecordKind.REGISTRY_ENTRY;
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
    CERTIFICATE_APPLICATION_IMPORT_STARTED(JOB, "запуск загрузки заявлений на сертификаты"),
    CERTIFICATE_APPLICATION_IMPORT_RERUN(JOB, "повторный запуск загрузки заявлений на сертификаты"),
    USAGE_IMPORT_STARTED(JOB, "запуск загрузки оказанных услуг"),
    USAGE_IMPORT_RERUN(JOB, "повторный запуск загрузки оказанных услуг"),

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

    // registry of executors and programmes (issue 14)
    REGISTRY_APPLICATION_CREATED(REGISTRY_APPLICATION, "создание"),
    REGISTRY_APPLICATION_UPDATED(REGISTRY_APPLICATION, "изменение"),
    REGISTRY_ENTRY_SERVICES(REGISTRY_ENTRY, "включены услуги"),
    PROGRAMME_CREATED(PROGRAMME, "создание"),
    PROGRAMME_UPDATED(PROGRAMME, "изменение"),
    PROGRAMME_GROUP_ADDED(PROGRAMME, "группа добавлена"),
    PROGRAMME_GROUP_UPDATED(PROGRAMME, "группа изменена"),
    PROGRAMME_GROUP_DELETED(PROGRAMME, "группа удалена"),
    SERVICE_NORMATIVE_SET(SERVICE, "нормативные затраты"),

    LOGIN_FAILED(USER, "неудачный вход"),
    LOGIN_LOCKED(USER, "вход заблокирован"),
    LOGIN_REFUSED_LOCKED(USER, "вход отклонён: блокировка"),
    LOGIN_UNLOCKED(USER, "блокировка входа истекла"),
    LOGIN_ADDRESS_LOCKED(ADDRESS, "адрес заблокирован"),
    LOGIN_ADDRESS_UNLOCKED(ADDRESS, "блокировка адреса истекла"),
    USER_CREATED(USER, "создание"),
    USER_UPDATED(USER, "изменение"),
    USER_UNLOCKED(USER, "блокировка снята администратором"),

    // --- certificates (issue 14): recipients, applications, certificates, terms ---
    CONSUMER_CREATED(RecordKind.CONSUMER, "регистрация получателя"),
    CONSUMER_UPDATED(RecordKind.CONSUMER, "изменение сведений о получателе"),
    CONSUMER_VIEWED(RecordKind.CONSUMER, "просмотр персональных данных"),
    CONSUMER_HELD(RecordKind.CONSUMER, "задержан как возможный дубликат"),
    CONSUMER_RELEASED(RecordKind.CONSUMER, "проверка дубликата снята: другой ребёнок"),
    CONSUMER_MERGED(RecordKind.CONSUMER, "дубликат: использована существующая запись"),
    CERTIFICATE_APPLICATION_RECEIVED(RecordKind.CERTIFICATE_APPLICATION, "заявление принято"),
    CERTIFICATE_ISSUED(RecordKind.CERTIFICATE, "сертификат выдан"),
    CERTIFICATE_PRINTED(RecordKind.CERTIFICATE, "печать сертификата или выписки"),
    CERTIFICATE_TERMS_SAVED(RecordKind.CERTIFICATE_TERMS, "параметры сертификата сохранены"),

    // --- year-end closing (issue 15) ---
    YEAR_CLOSING_CALENDAR_SAVED(RecordKind.YEAR_CLOSING, "календарь закрытия года сохранён"),
    YEAR_CLOSING_STARTED(RecordKind.YEAR_CLOSING, "закрытие года начато"),
    YEAR_CLOSING_FINISHED(RecordKind.YEAR_CLOSING, "год закрыт"),
    // --- delivered volume (issue 15) ---
    USAGE_MONTH_SUBMITTED(RecordKind.USAGE_MONTH, "месяц отправлен: часы оплачены по сертификатам"),
    USAGE_CORRECTED(RecordKind.USAGE, "исправление отправленных часов"),
    // --- agreements (issue 15) ---
    AGREEMENT_SAVED(RecordKind.AGREEMENT, "изменение проекта"),
    AGREEMENT_PRINTED(RecordKind.AGREEMENT, "печать соглашения"),
    /** Written before the payment settings (V29); kept so that older journal rows read the same. */
    AGREEMENT_ADVANCE_SHARE(RecordKind.AUTHORITY, "доля аванса по соглашениям"),
    PAYMENT_SETTINGS_CHANGED(RecordKind.AUTHORITY, "настройки оплаты: доля аванса, рабочий день оплаты"),
    PRINT_TEMPLATE_REPLACED(RecordKind.PRINT_TEMPLATE, "шаблон заменён"),
    PRINT_TEMPLATE_REVERTED(RecordKind.PRINT_TEMPLATE, "восстановлен поставляемый шаблон"),
    // --- production calendar: the days the Government's decree moves ---
    WORKING_CALENDAR_DAY_ADDED(RecordKind.WORKING_CALENDAR, "день внесён в производственный календарь"),
    WORKING_CALENDAR_DAY_CHANGED(RecordKind.WORKING_CALENDAR, "день производственного календаря изменён"),
    WORKING_CALENDAR_DAY_DELETED(RecordKind.WORKING_CALENDAR, "день удалён из производственного календаря"),

    // --- payments (issue 15): the month's payment run ---
    YEAR_END_STARTED(JOB, "запуск закрытия года"),
    YEAR_END_RERUN(JOB, "продолжение закрытия года"),
    PAYMENT_RUN_STARTED(JOB, "запуск расчёта оплаты за месяц"),
    PAYMENT_RUN_RERUN(JOB, "продолжение расчёта оплаты за месяц"),
    PAYMENT_RUN_REBUILT(RecordKind.PAYMENT_RUN, "пересчёт неутверждённой оплаты за месяц"),
    PAYMENT_RUN_APPROVED(RecordKind.PAYMENT_RUN, "оплата за месяц утверждена");

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
