package ru.socorder.service.certificate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The printed social certificate in its three official sections (domain.md §5.3): I general data, II services and
 * executors, III contracts / acts and the outcome — sections II and III list the contracts concluded on it. Laid out
 * with the shared text template (headings, paragraphs, items); numbers and dates through {@link RussianText}.
 */
public final class CertificatePrinter {
    private CertificatePrinter() {
    }

    public static List<Part> parts(CertificateSheet s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        heading(rows, "Раздел I. Общие сведения о социальном сертификате");
        item(rows, "Номер социального сертификата: " + s.number());
        item(rows, "Дата формирования: " + RussianText.date(s.issuedOn()));
        item(rows, "Срок действия: с " + RussianText.date(s.validFrom()) + " по " + RussianText.date(s.validTo()));
        item(rows, "Состояние: " + s.status());
        item(rows, "Уполномоченный орган: " + s.authority());
        item(rows, "Получатель: " + s.recipient() + ", дата рождения " + RussianText.date(s.birthDate())
                + (s.snils() == null ? "" : ", СНИЛС " + s.snils()));
        if (s.representative() != null) {
            item(rows, "Законный представитель: " + s.representative());
        }
        heading(rows, "Раздел II. Сведения о муниципальных услугах в социальной сфере и исполнителях услуг");
        item(rows, "Услуга: " + s.serviceNumber() + " " + s.serviceName());
        item(rows, "Объём (номинал): " + hours(s.nominalHours()) + "; стоимость: " + rub(s.nominalAmount()));
        item(rows, "Доступно: " + hours(s.availableHours()) + "; " + rub(s.availableAmount()));
        if (s.contracts().isEmpty()) {
            item(rows, "Исполнитель услуг не выбран: договоры по сертификату не заключены");
        }
        for (CertificateSheet.Contract k : s.contracts()) {
            item(rows, "Исполнитель: " + k.executor() + (k.executorInn() == null ? "" : ", ИНН " + k.executorInn()) + "; программа «"
                    + k.programme() + "»");
        }
        heading(rows, "Раздел III. Сведения о заключённых договорах и об итогах оказания услуги");
        if (s.contracts().isEmpty()) {
            item(rows, "Договоры не заключены");
        }
        for (CertificateSheet.Contract k : s.contracts()) {
            item(rows, "Договор № " + k.number() + " от " + RussianText.date(k.concludedOn()) + ", срок с " + RussianText.date(k.startsOn())
                    + " по " + RussianText.date(k.endsOn()) + ": " + hours(k.hours()) + ", " + rub(k.price()) + "; " + k.status()
                    + (k.terminatedOn() == null ? "" : ", расторгнут " + RussianText.date(k.terminatedOn())));
        }
        item(rows, "Использовано: " + hours(s.consumedHours()) + "; " + rub(s.consumedAmount()));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", "Социальный сертификат на получение муниципальной услуги в социальной сфере\n№ " + s.number());
        p.put("NOTE", "Сформирован в информационной системе «Соцзаказ»");
        return List.of(new Part("decision/text", p, rows));
    }

    /**
     * Выписка из реестра получателей социального сертификата on a date: the registry entry of one certificate — its
     * number, recipient, service, nominal, validity and state.
     */
    public static List<Part> extract(CertificateSheet s, java.time.LocalDate asOf) {
        List<Map<String, ?>> rows = new ArrayList<>();
        item(rows, "Уполномоченный орган: " + s.authority());
        item(rows, "Номер социального сертификата: " + s.number());
        item(rows, "Получатель: " + s.recipient() + ", дата рождения " + RussianText.date(s.birthDate())
                + (s.snils() == null ? "" : ", СНИЛС " + s.snils()));
        item(rows, "Услуга: " + s.serviceNumber() + " " + s.serviceName());
        item(rows, "Номинал: " + hours(s.nominalHours()) + "; " + rub(s.nominalAmount()));
        item(rows, "Дата формирования: " + RussianText.date(s.issuedOn()) + "; срок действия: с " + RussianText.date(s.validFrom())
                + " по " + RussianText.date(s.validTo()));
        item(rows, "Состояние на " + RussianText.date(asOf) + ": " + s.status());
        item(rows, "Заключено договоров: " + s.contracts().size());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", "Выписка из реестра получателей социального сертификата\nпо состоянию на " + RussianText.date(asOf));
        p.put("NOTE", "Сформирована в информационной системе «Соцзаказ»");
        return List.of(new Part("decision/text", p, rows));
    }

    private static String hours(BigDecimal h) {
        return RussianText.number(h) + " чел.-ч";
    }

    private static String rub(BigDecimal a) {
        return RussianText.amount(a) + " руб.";
    }

    private static void heading(List<Map<String, ?>> rows, String text) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("heading", text);
        rows.add(r);
    }

    private static void item(List<Map<String, ?>> rows, String text) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("item", text);
        rows.add(r);
    }
}
