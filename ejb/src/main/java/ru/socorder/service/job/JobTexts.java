package ru.socorder.service.job;

import java.util.Map;
import ru.socorder.model.job.JobStatus;

/** Russian names of job kinds and states, for messages. */
public final class JobTexts {
    private static final Map<String, String> KINDS = Map.of(
            "EXECUTOR_IMPORT", "Импорт исполнителей",
            "SERVICE_IMPORT", "Импорт услуг",
            "CERTIFICATE_APPLICATION_IMPORT", "Загрузка заявлений на сертификаты",
            "USAGE_IMPORT", "Загрузка оказанных услуг",
            "PAYMENT_RUN", "Расчёт оплаты за месяц",
            "YEAR_END", "Закрытие года");

    private JobTexts() {
    }

    public static String kind(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }

    public static String status(JobStatus status) {
        return switch (status) {
            case PREVIEWED -> "проверен, ожидает подтверждения";
            case RUNNING -> "выполняется";
            case COMPLETED -> "завершено";
            case FAILED -> "прервано ошибкой";
            case INTERRUPTED -> "прервано остановкой сервера";
        };
    }
}
