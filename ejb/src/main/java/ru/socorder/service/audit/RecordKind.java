package ru.socorder.service.audit;

/**
 * The kinds of record that have a card and a history. The code is what the audit log and the transition log store
 * (the entity's name, as earlier versions stored it); the name is how a person reads it.
 */
public enum RecordKind {
    SERVICE("SocialService", "услуга"),
    EXECUTOR("Executor", "исполнитель услуг"),
    TERRITORY("Territory", "территория"),
    DIRECTION("ActivityDirection", "направление деятельности"),
    UNIT("MeasurementUnit", "единица измерения"),
    AUTHORITY("AuthorisedBody", "уполномоченный орган"),
    DECISION("Decision", "решение об организации оказания услуг"),
    ORDER("SocialOrder", "социальный заказ"),
    USER("UserAccount", "пользователь"),
    JOB("JobRun", "фоновая задача"),
    REGISTRY_APPLICATION("RegistryApplication", "заявка на включение в реестр исполнителей"),
    REGISTRY_ENTRY("RegistryEntry", "запись реестра исполнителей"),
    PROGRAMME("Programme", "образовательная программа"),
    CONSUMER("Consumer", "потребитель услуги"),
    CERTIFICATE_APPLICATION("CertificateApplication", "заявление на получение сертификата"),
    CERTIFICATE("Certificate", "социальный сертификат"),
    ENROLMENT("Enrolment", "запись на программу"),
    CONTRACT("ConsumerContract", "договор с потребителем"),
    ADDRESS("Address", "сетевой адрес"),
    // certificates (issue 14)
    CERTIFICATE_TERMS("CertificateTerms", "параметры сертификата"),
    // year-end closing (issue 15)
    YEAR_CLOSING("ClosingCalendar", "закрытие года"),
    // delivered volume (issue 15)
    USAGE("ContractUsage", "оказанные услуги по договору за месяц"),
    USAGE_MONTH("UsageMonth", "месяц оказанных услуг исполнителя"),
    // agreements (issue 15)
    AGREEMENT("Agreement", "соглашение"),
    PRINT_TEMPLATE("PrintTemplate", "шаблон печатной формы"),
    WORKING_CALENDAR("WorkingCalendarDay", "день производственного календаря"),
    // payments (issue 15)
    PAYMENT_RUN("PaymentRun", "расчёт оплаты за месяц");

    private final String code;
    private final String label;

    RecordKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The kind stored as this code, or null for a code no kind has (a record of an older version). */
    public static RecordKind ofCode(String code) {
        for (RecordKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return null;
    }
}
