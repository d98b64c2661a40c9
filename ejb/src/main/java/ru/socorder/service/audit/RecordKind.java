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
    ADDRESS("Address", "сетевой адрес");

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
