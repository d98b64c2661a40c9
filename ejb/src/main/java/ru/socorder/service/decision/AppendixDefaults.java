package ru.socorder.service.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.decision.Appendix;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.EfficiencyGoal;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.InfoPart;
import ru.socorder.model.decision.InfoPartKind;
import ru.socorder.model.decision.WorkingGroup;

/**
 * The appendices of a decision as they print, where the act's own are not stored: the usual appendices of what the
 * decision holds (list of services, plan, one indicator table each, regulations, composition, information support),
 * numbered from 1 under the usual stamp («Приложение № 2 / к постановлению администрации … / от 13.02.2023 № 417»),
 * the usual parts of the information support and the usual names of the working group's roles. The printer
 * ({@link DecisionPrinter}) and the editor ({@link DecisionDocuments#appendices(long)}) both read the appendices through
 * this class, so what the clerk sees is what prints. Plain class.
 */
public final class AppendixDefaults {
    static final String PLAN_CAPTIONS = "№ п/п|Этап апробации|Мероприятие|Срок исполнения|Результат|Ответственные исполнители";
    static final String INDICATOR_CAPTIONS = "№ п/п|Цель|Тип индикатора|Индикатор|Базовая величина<1>|Целевой ориентир<2>"
            + "|Ответственный исполнитель";
    static final String SERVICE_CAPTIONS = "№ п/п|Наименование услуги в социальной сфере|Уникальный номер реестровой записи "
            + "общероссийского базового (отраслевого) перечня (классификатора) государственных и муниципальных услуг|Наименование органа, "
            + "осуществляющего организацию оказания услуги";
    /** The act «к …» refers to (dative), by the act's type. */
    private static final Map<String, String> TO_ACT = Map.of("постановление", "постановлению", "распоряжение", "распоряжению",
            "решение", "решению", "приказ", "приказу", "указ", "указу");
    /** The issuer's first word as a stamp writes it after the act («к постановлению администрации …»). */
    private static final Map<String, String> OF_ISSUER = Map.of("администрация", "администрации", "правительство", "Правительства",
            "губернатор", "Губернатора", "глава", "главы", "мэрия", "мэрии", "мэр", "мэра", "министерство", "Министерства",
            "комитет", "комитета", "департамент", "департамента", "управление", "управления");

    private AppendixDefaults() {
    }

    /** The appendices that print: the act's own where they are stored, the usual ones otherwise. */
    public static List<Appendix> appendices(DecisionView v) {
        return v.decision().getAppendices().isEmpty() ? standard(v) : v.decision().getAppendices();
    }

    /**
     * The usual appendices of what the decision holds, in the usual order, numbered from 1 under the usual stamp, the
     * tables with the usual captions and numbering row.
     */
    public static List<Appendix> standard(DecisionView v) {
        Decision d = v.decision();
        List<Appendix> list = new ArrayList<>();
        if (!v.services().isEmpty() || d.getServiceWithoutNumber() != null) {
            Appendix services = new Appendix(AppendixKind.SERVICES, null, "Перечень услуг в социальной сфере, в отношении которых "
                    + "осуществляется апробация механизмов организации их оказания");
            services.setColumns(SERVICE_CAPTIONS, "1|2|3|4");
            list.add(services);
        }
        if (!v.stages().isEmpty()) {
            Appendix plan = new Appendix(AppendixKind.PLAN, null, d.getPlanTitle() == null ? "План апробации" : d.getPlanTitle());
            plan.setColumns(PLAN_CAPTIONS, "1|2|3|4|5|6");
            list.add(plan);
        }
        for (int table : v.goals().stream().map(EfficiencyGoal::getIndicatorTable).collect(Collectors.toCollection(TreeSet::new))) {
            Appendix indicators = new Appendix(AppendixKind.INDICATORS, null,
                    d.getIndicatorsTitle() == null ? "Показатели эффективности" : d.getIndicatorsTitle());
            indicators.setColumns(INDICATOR_CAPTIONS, "1|2|3|4|5|6|7");
            indicators.setIndicatorTable(table);
            list.add(indicators);
        }
        WorkingGroup g = v.group();
        if (g != null && !g.getRegulations().isEmpty()) {
            list.add(new Appendix(AppendixKind.REGULATIONS, null, "Положение о рабочей группе"));
        }
        if (g != null && (!g.getMembers().isEmpty() || g.getDelegatedTo() != null)) {
            list.add(new Appendix(AppendixKind.COMPOSITION, null, g.getName().startsWith("Рабочая группа")
                    ? "Состав рабочей группы" + g.getName().substring("Рабочая группа".length()) : "Состав: " + g.getName()));
        }
        if (!v.documents().isEmpty() || !d.getSystems().isEmpty() || !d.getInfoParts().isEmpty()) {
            list.add(new Appendix(AppendixKind.INFO_SUPPORT, null, "Порядок информационного обеспечения (статья 8 Федерального закона № 189-ФЗ)"));
        }
        List<Appendix> numbered = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Appendix a = list.get(i);
            String number = String.valueOf(i + 1);
            Appendix stamped = new Appendix(a.getKind(), stamp(d, number), a.getTitle());
            stamped.setNumber(number);
            stamped.setColumns(a.getCaptions(), a.getColumnNumbers());
            stamped.setIndicatorTable(a.getIndicatorTable());
            numbered.add(stamped);
        }
        return numbered;
    }

    /**
     * The usual stamp of appendix {@code number} (none: an unnumbered appendix): «Приложение № 2», «к постановлению
     * администрации Лужского муниципального района», «от 13.02.2023 № 417»; blanks where the act's date or number is not
     * known yet, as a draft prints them. An issuer whose first word is not a known body is left out.
     */
    public static String stamp(Decision d, String number) {
        String act = d.getActType() == null ? "" : d.getActType().strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("Приложение");
        if (number != null && !number.isBlank()) {
            sb.append(" № ").append(number.strip());
        }
        sb.append("\nк ").append(TO_ACT.getOrDefault(act, "акту"));
        String issuer = d.getIssuer() == null ? "" : d.getIssuer().strip();
        int space = issuer.indexOf(' ');
        String first = (space < 0 ? issuer : issuer.substring(0, space)).toLowerCase(Locale.ROOT);
        if (OF_ISSUER.containsKey(first)) {
            sb.append(' ').append(OF_ISSUER.get(first)).append(space < 0 ? "" : issuer.substring(space));
        }
        sb.append("\nот ").append(d.getDate() == null ? "____________" : RussianText.date(d.getDate()))
                .append(" № ").append(d.getNumber() == null ? "______" : d.getNumber());
        return sb.toString();
    }

    /** The parts of the information support that print: the act's own where they are stored, the usual ones otherwise. */
    public static List<InfoPart> infoParts(DecisionView v) {
        return v.decision().getInfoParts().isEmpty() ? standardInfoParts(v) : v.decision().getInfoParts();
    }

    /** The usual parts: the list of documents, the list of systems, publication on the portal, the paper fallback. */
    public static List<InfoPart> standardInfoParts(DecisionView v) {
        Decision d = v.decision();
        List<InfoPart> parts = new ArrayList<>();
        int n = 1;
        if (!v.documents().isEmpty()) {
            parts.add(new InfoPart(InfoPartKind.DOCUMENTS, n++ + ".", "Перечень документов, обмен которыми осуществляется в форме электронных документов:"));
        }
        if (!d.getSystems().isEmpty()) {
            parts.add(new InfoPart(InfoPartKind.SYSTEMS, n++ + ".", "Информационные системы, используемые в целях организации оказания услуг:"));
        }
        if (d.getPortalText() != null) {
            parts.add(new InfoPart(InfoPartKind.TEXT, n++ + ".", d.getPortalText()));
        }
        if (d.getPaperFallback() != null) {
            parts.add(new InfoPart(InfoPartKind.TEXT, n + ".", d.getPaperFallback()));
        }
        return parts;
    }

    /** The role as the act names it, or its usual name. */
    public static String roleName(WorkingGroup g, GroupRole role) {
        String named = g == null ? null : g.roleName(role);
        return named == null ? usualRoleName(role) : named;
    }

    /** «руководитель рабочей группы», … */
    public static String usualRoleName(GroupRole role) {
        return switch (role) {
            case HEAD -> "руководитель рабочей группы";
            case DEPUTY -> "заместитель руководителя рабочей группы";
            case SECRETARY -> "секретарь рабочей группы";
            case MEMBER -> "члены рабочей группы";
        };
    }
}
