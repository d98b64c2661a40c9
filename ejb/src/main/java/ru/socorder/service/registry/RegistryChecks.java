package ru.socorder.service.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.socorder.model.catalog.Licence;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Kpp;
import ru.socorder.model.identifier.Ogrn;
import ru.socorder.model.registry.InclusionRefusal;

/**
 * The automatic checks a reviewer sees on an application for inclusion in the registry (issue 14): the licence is
 * present and valid on the date for every service that needs one (the service's «licence required» flag of the
 * catalogue), the executor's identifiers (ИНН, ОГРН, КПП of a legal entity) are valid, its name is not one of the
 * special names the authority's decisions exclude from selection (or it is marked a school with a special name in the
 * catalogue), and every service is in the authority's approved social order with a volume by certificates for the year.
 * The checks advise: the reviewer decides, and a failed check proposes the refusal reason that fits it.
 */
public final class RegistryChecks {

    /** One check: what, whether it passed, what was found; the refusal reason a failure suggests. */
    public record Check(String code, String label, boolean passed, String detail, InclusionRefusal refusal) {
    }

    /** A service of the application as the checks see it; {@code certificateVolume} null when no approved order plans it. */
    public record ServiceFacts(String registryNumber, String name, boolean licenceRequired, BigDecimal certificateVolume) {
    }

    /**
     * What the checks read.
     *
     * @param legalEntity  whether the executor is a legal entity (a КПП is then required)
     * @param specialNames the special names of the authority's adopted decisions («детская школа искусств» …)
     * @param specialNameSchool the catalogue's mark «школа со специальным наименованием»
     */
    public record Facts(String executorName, String shortName, boolean legalEntity, String inn, String kpp, String ogrn,
                        boolean specialNameSchool, List<String> specialNames, Licence licence, List<ServiceFacts> services,
                        LocalDate on, int year) {
    }

    private RegistryChecks() {
    }

    public static List<Check> of(Facts f) {
        List<Check> checks = new ArrayList<>();
        checks.add(licence(f));
        checks.add(identifiers(f));
        checks.add(specialName(f));
        for (ServiceFacts s : f.services()) {
            checks.add(inOrder(s, f.year()));
        }
        if (f.services().isEmpty()) {
            checks.add(new Check("SERVICE_IN_ORDER", "Услуги в социальном заказе", false, "В заявке не указаны услуги",
                    InclusionRefusal.DOCUMENTS_INCOMPLETE));
        }
        return checks;
    }

    /** Whether every check passed. */
    public static boolean allPassed(List<Check> checks) {
        return checks.stream().allMatch(Check::passed);
    }

    static Check licence(Facts f) {
        String label = "Лицензия";
        List<String> needing = f.services().stream().filter(ServiceFacts::licenceRequired).map(ServiceFacts::registryNumber).toList();
        Licence l = f.licence();
        boolean present = l != null && l.getNumber() != null && !l.getNumber().isBlank();
        if (needing.isEmpty()) {
            return new Check("LICENCE", label, true, present ? "Лицензия № " + l.getNumber() + "; услугам заявки лицензия не требуется"
                    : "Услугам заявки лицензия не требуется", null);
        }
        if (!present) {
            return new Check("LICENCE", label, false, "Нет лицензии, а она требуется для услуг " + String.join(", ", needing),
                    InclusionRefusal.NO_LICENCE);
        }
        if (l.getIssuedOn() != null && l.getIssuedOn().isAfter(f.on())) {
            return new Check("LICENCE", label, false, "Лицензия № " + l.getNumber() + " выдана " + RussianText.date(l.getIssuedOn())
                    + ", позже даты рассмотрения " + RussianText.date(f.on()), InclusionRefusal.LICENCE_INVALID);
        }
        if (l.getValidUntil() != null && l.getValidUntil().isBefore(f.on())) {
            return new Check("LICENCE", label, false, "Лицензия № " + l.getNumber() + " действовала до "
                    + RussianText.date(l.getValidUntil()), InclusionRefusal.LICENCE_INVALID);
        }
        return new Check("LICENCE", label, true, "Лицензия № " + l.getNumber()
                + (l.getValidUntil() == null ? ", бессрочная" : ", действует до " + RussianText.date(l.getValidUntil())), null);
    }

    static Check identifiers(Facts f) {
        List<String> problems = new ArrayList<>();
        problem(problems, "ИНН", f.inn(), Inn::check, true);
        problem(problems, "ОГРН", f.ogrn(), Ogrn::check, true);
        problem(problems, "КПП", f.kpp(), Kpp::check, f.legalEntity());
        return problems.isEmpty()
                ? new Check("IDENTIFIERS", "Реквизиты", true, "ИНН " + f.inn() + ", ОГРН " + f.ogrn() + (f.kpp() == null ? "" : ", КПП " + f.kpp()), null)
                : new Check("IDENTIFIERS", "Реквизиты", false, String.join("; ", problems), InclusionRefusal.IDENTIFIERS_INVALID);
    }

    private static void problem(List<String> problems, String name, String value, java.util.function.Function<String, IdentifierCheck> check,
                                boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(name + " не указан");
            }
            return;
        }
        IdentifierCheck c = check.apply(value);
        if (!c.valid()) {
            problems.add(c.message());
        }
    }

    static Check specialName(Facts f) {
        String label = "Специальное наименование";
        if (f.specialNameSchool()) {
            return new Check("SPECIAL_NAME", label, false, "В справочнике исполнитель отмечен как школа со специальным наименованием",
                    InclusionRefusal.SPECIAL_NAME);
        }
        String names = (nullToEmpty(f.executorName()) + " " + nullToEmpty(f.shortName())).toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String special : f.specialNames()) {
            String s = special.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
            if (!s.isEmpty() && names.contains(s)) {
                return new Check("SPECIAL_NAME", label, false, "Наименование содержит «" + special.strip()
                        + "» — такие организации решением исключены из отбора", InclusionRefusal.SPECIAL_NAME);
            }
        }
        return new Check("SPECIAL_NAME", label, true, "Наименование не входит в перечень исключений решения", null);
    }

    static Check inOrder(ServiceFacts s, int year) {
        String label = "Услуга " + s.registryNumber() + " в социальном заказе";
        if (s.certificateVolume() == null) {
            return new Check("SERVICE_IN_ORDER", label, false, "Утверждённого социального заказа органа с этой услугой на " + year
                    + " год нет", InclusionRefusal.SERVICE_NOT_IN_ORDER);
        }
        if (s.certificateVolume().signum() <= 0) {
            return new Check("SERVICE_IN_ORDER", label, false, "В социальном заказе на " + year + " год нет объёма по сертификатам",
                    InclusionRefusal.SERVICE_NOT_IN_ORDER);
        }
        return new Check("SERVICE_IN_ORDER", label, true, "Объём по сертификатам на " + year + " год: "
                + RussianText.number(s.certificateVolume()), null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
