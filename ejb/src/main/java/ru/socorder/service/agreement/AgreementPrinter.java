package ru.socorder.service.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The printed agreement (domain.md §5.6) from its view: the title and kind, then the sections — предмет; объём услуг
 * по годам (a table per service and year); размер субсидии и порядок перечисления (the advance share under
 * financing); права и обязанности сторон; отчётность; ответственность; срок действия, изменение и расторжение —
 * and the parties' details with the signature lines. Numbers, amounts and dates through {@link RussianText}. One
 * template, {@value #TEMPLATE}, gives the PDF and the DOCX; an administrator may replace it.
 */
public final class AgreementPrinter {
    public static final String TEMPLATE = "agreement/agreement";
    private static final String UNIT = "чел.-ч";

    private AgreementPrinter() {
    }

    public static Part part(AgreementView v) {
        List<Map<String, ?>> rows = new ArrayList<>();
        boolean certificate = v.kind().isCertificate();
        boolean advance = v.isAdvance();
        String authority = v.authority().fullName();
        String executor = v.executor().fullName();
        String subsidy = v.kind() == AgreementKind.CERTIFICATE_REIMBURSEMENT ? "возмещение затрат" : "финансовое обеспечение затрат";

        body(rows, authority + " (далее — Уполномоченный орган)" + head(v.authority(), "с одной стороны, и ") + executor
                + " (далее — Исполнитель услуг)" + head(v.executor(), "с другой стороны, далее вместе — Стороны, ")
                + "заключили настоящее Соглашение о нижеследующем. Основание заключения Соглашения: " + v.basis() + ".");
        heading(rows, "1. Предмет Соглашения");
        body(rows, "1.1. Предметом Соглашения является предоставление Исполнителю услуг из бюджета субсидии на " + subsidy
                + ", связанных с оказанием муниципальной услуги в социальной сфере «" + v.serviceName() + "» (номер реестровой записи "
                + v.serviceNumber() + ")" + (certificate ? " потребителям услуг в соответствии с социальными сертификатами" : "")
                + ", в объёме и на условиях, установленных Соглашением.");
        heading(rows, "2. Объём оказания услуги по годам");
        body(rows, "2.1. Исполнитель услуг оказывает услугу в следующем объёме:");
        table(rows, v);
        body(rows, "2.2. Оказание услуги потребителям осуществляется на основании договоров, заключённых Исполнителем услуг с "
                + "потребителями" + (certificate ? " (их законными представителями) по социальным сертификатам" : "")
                + ", с соблюдением требований к качеству, установленных социальным заказом.");
        heading(rows, "3. Финансовое обеспечение (возмещение) затрат, размер субсидии и порядок перечисления");
        body(rows, "3.1. Размер субсидии составляет " + RussianText.amount(v.totalAmount()) + " руб." + byYear(v)
                + " Размер определён как произведение объёма услуги на нормативные затраты на единицу услуги.");
        if (advance) {
            body(rows, "3.2. Субсидия перечисляется ежемесячно авансом в размере " + RussianText.number(v.advanceShare())
                    + " % от суммы, причитающейся по договорам с потребителями за месяц, не ранее второго рабочего дня месяца; "
                    + "окончательный расчёт — на основании счёта (акта) об оказанных услугах за месяц с зачётом перечисленного аванса.");
        } else {
            body(rows, "3.2. Субсидия перечисляется ежемесячно после оказания услуги на основании счёта (акта) об объёме услуги, "
                    + "оказанной за месяц, по цене единицы услуги, установленной Соглашением.");
        }
        body(rows, "3.3. Субсидия перечисляется на счёт Исполнителя услуг, указанный в разделе 8 Соглашения.");
        heading(rows, "4. Права и обязанности Сторон");
        body(rows, "4.1. Уполномоченный орган обязуется обеспечить перечисление субсидии в размере и в сроки, установленные Соглашением, "
                + "осуществлять контроль за соблюдением Исполнителем услуг условий Соглашения и требований к качеству услуги.");
        body(rows, "4.2. Исполнитель услуг обязуется оказывать услугу в соответствии с требованиями социального заказа и стандартом "
                + "(порядком) оказания услуги, вести реестр договоров с потребителями, использовать субсидию на цели, установленные "
                + "Соглашением, и возвратить её неиспользованный остаток в установленном порядке.");
        heading(rows, "5. Отчётность");
        body(rows, "5.1. " + (v.reportingDuty() == null ? "Исполнитель услуг представляет отчёты в порядке, установленном Уполномоченным органом."
                : v.reportingDuty()));
        heading(rows, "6. Ответственность Сторон");
        body(rows, "6.1. За неисполнение или ненадлежащее исполнение обязательств по Соглашению Стороны несут ответственность в "
                + "соответствии с законодательством Российской Федерации. Субсидия, использованная не по целевому назначению или с "
                + "нарушением условий Соглашения, подлежит возврату в бюджет.");
        heading(rows, "7. Срок действия, изменение и расторжение Соглашения");
        body(rows, "7.1. Соглашение действует с " + RussianText.date(v.validFrom()) + " по " + RussianText.date(v.validTo())
                + ", а в части обязательств по перечислению субсидии и отчётности — до их полного исполнения.");
        body(rows, "7.2. Изменение Соглашения оформляется дополнительным соглашением. Расторжение допускается по соглашению Сторон "
                + "или в одностороннем порядке в случаях, установленных законодательством.");
        if (v.versionNumber() > 1) {
            body(rows, "7.3. Настоящая редакция (" + v.versionNumber() + ") заключена в связи с: " + v.amendmentReason() + ".");
        }

        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", "СОГЛАШЕНИЕ № " + v.number() + (v.versionNumber() > 1 ? " (редакция " + v.versionNumber() + ")" : ""));
        p.put("SUBTITLE", v.kind().label());
        p.put("PLACE", "Уполномоченный орган: " + v.authority().shortName());
        p.put("DATE", v.concludedOn() == null ? "«___» ____________ " + v.year() + " г." : RussianText.documentDate(v.concludedOn()));
        p.put("AUTHORITY_DETAILS", "Уполномоченный орган:\n" + authority + details(v.authority()));
        p.put("EXECUTOR_DETAILS", "Исполнитель услуг:\n" + executor + details(v.executor()) + bank(v.bank()));
        p.put("AUTHORITY_SIGN", sign(v.authority()));
        p.put("EXECUTOR_SIGN", sign(v.executor()));
        p.put("NOTE", "Подписывается усиленными квалифицированными электронными подписями Сторон. Сформировано в информационной системе «Соцзаказ».");
        return new Part(TEMPLATE, p, rows);
    }

    private static String head(AgreementView.Party party, String tail) {
        return party.headName() == null ? ", " + tail
                : ", в лице руководителя " + party.headName() + (party.headPosition() == null ? "" : " (" + party.headPosition() + ")")
                + ", действующего на основании устава, " + tail;
    }

    private static void table(List<Map<String, ?>> rows, AgreementView v) {
        rows.add(cells("head", "Год", "Услуга (номер реестровой записи, наименование)", "Ед. изм.", "Объём", "Цена единицы, руб.",
                "Сумма, руб."));
        for (AgreementView.Line l : v.lines()) {
            rows.add(cells("row", String.valueOf(l.year()), l.serviceNumber() + " " + l.serviceName(), UNIT, RussianText.number(l.volume()),
                    RussianText.number(l.pricePerUnit()), RussianText.amount(l.amount())));
        }
        rows.add(cells("total", "", "Итого", "", RussianText.number(v.totalVolume()), "", RussianText.amount(v.totalAmount())));
    }

    private static String byYear(AgreementView v) {
        Map<Integer, BigDecimal> years = new TreeMap<>();
        v.lines().forEach(l -> years.merge(l.year(), l.amount(), BigDecimal::add));
        if (years.size() < 2) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        years.forEach((y, a) -> parts.add("на " + y + " год — " + RussianText.amount(a) + " руб."));
        return ", в том числе " + String.join("; ", parts);
    }

    private static String details(AgreementView.Party p) {
        StringBuilder sb = new StringBuilder();
        if (p.inn() != null) {
            sb.append("\nИНН ").append(p.inn());
        }
        if (p.kpp() != null) {
            sb.append(", КПП ").append(p.kpp());
        }
        if (p.ogrn() != null) {
            sb.append("\nОГРН ").append(p.ogrn());
        }
        if (p.address() != null) {
            sb.append("\nАдрес: ").append(p.address());
        }
        return sb.toString();
    }

    private static String bank(AgreementView.Bank b) {
        if (b.isEmpty()) {
            return "\nБанковские реквизиты: не указаны";
        }
        StringBuilder sb = new StringBuilder("\nПолучатель: ").append(b.payeeName());
        sb.append("\nСчёт ").append(b.account()).append("\n").append(b.bankName()).append(", БИК ").append(b.bik());
        if (b.correspondentAccount() != null) {
            sb.append("\nКорр. счёт ").append(b.correspondentAccount());
        }
        if (b.treasuryAccount() != null) {
            sb.append("\nЛицевой счёт ").append(b.treasuryAccount());
        }
        return sb.toString();
    }

    private static String sign(AgreementView.Party p) {
        return (p.headPosition() == null ? "Руководитель" : p.headPosition()) + "\n_______________ / "
                + (p.headName() == null ? "_______________" : p.headName()) + " /";
    }

    private static void heading(List<Map<String, ?>> rows, String text) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("heading", text);
        rows.add(r);
    }

    private static void body(List<Map<String, ?>> rows, String text) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("body", text);
        rows.add(r);
    }

    private static Map<String, ?> cells(String kind, String year, String service, String unit, String volume, String price, String amount) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("rowKind", kind);
        r.put("cYear", year);
        r.put("cService", service);
        r.put("cUnit", unit);
        r.put("cVolume", volume);
        r.put("cPrice", price);
        r.put("cAmount", amount);
        return r;
    }
}
