package ru.socorder.model.certificate;

/** States of an application for a certificate. */
public enum CertificateApplicationStatus {
    /** принято, проверяется */
    RECEIVED,
    /** задержано: ребёнок, вероятно, уже зарегистрирован (проверка дубликата специалистом) */
    HELD,
    /** в очереди: объём социального заказа по сертификатам исчерпан */
    QUEUED,
    /** сертификат выдан */
    ISSUED,
    /** отказано (с кодом причины) */
    REFUSED,
    /** отозвано заявителем */
    WITHDRAWN
}
