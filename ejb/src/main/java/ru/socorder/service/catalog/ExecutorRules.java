package ru.socorder.service.catalog;

import java.util.List;
import java.util.regex.Pattern;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.catalog.ExecutorType;
import ru.socorder.model.catalog.Licence;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Kpp;
import ru.socorder.model.identifier.Ogrn;
import ru.socorder.model.identifier.Snils;
import ru.socorder.service.exchange.RuleResult;

/**
 * Rules of an executor record (domain.md §2.4, §4.3): which identifiers each type of executor has, their check
 * digits, required fields, licences. Plain class: the boundary, the API and the importer all call it.
 */
public final class ExecutorRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ExecutorRules() {
    }

    public static ExecutorType type(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return ExecutorType.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static RuleResult check(ExecutorDraft d) {
        RuleResult r = new RuleResult();
        ExecutorType type = type(d.getType());
        if (type == null) {
            r.error("type", "Укажите тип исполнителя");
        }
        if (blank(d.getFullName())) {
            r.error("fullName", "Укажите полное наименование");
        } else if (d.getFullName().trim().length() > 1000) {
            r.error("fullName", "Полное наименование длиннее 1000 символов");
        }
        IdentifierCheck inn = Inn.check(d.getInn());
        if (!inn.valid()) {
            r.error("inn", inn.message());
        } else if (type != null && type.isLegalEntity() && inn.canonical().length() != 10) {
            r.error("inn", "ИНН организации состоит из 10 цифр, указано 12 — это ИНН физического лица или ИП");
        } else if (type != null && !type.isLegalEntity() && inn.canonical().length() != 12) {
            r.error("inn", "ИНН индивидуального предпринимателя или физического лица состоит из 12 цифр, указано 10");
        }
        if (type != null && type.isLegalEntity()) {
            IdentifierCheck kpp = Kpp.check(d.getKpp());
            if (blank(d.getKpp())) {
                r.error("kpp", "Для организации укажите КПП");
            } else if (!kpp.valid()) {
                r.error("kpp", kpp.message());
            }
            if (!blank(d.getOgrn())) {
                identifier(r, "ogrn", Ogrn.checkOgrn(d.getOgrn()));
            } else {
                r.error("ogrn", "Для организации укажите ОГРН");
            }
            if (!blank(d.getSnils())) {
                r.error("snils", "СНИЛС указывается только для физических лиц и ИП");
            }
        } else if (type != null) {
            if (!blank(d.getKpp())) {
                r.error("kpp", "КПП указывается только для организаций");
            }
            if (type == ExecutorType.INDIVIDUAL_ENTREPRENEUR) {
                if (blank(d.getOgrn())) {
                    r.error("ogrn", "Для индивидуального предпринимателя укажите ОГРНИП");
                } else {
                    identifier(r, "ogrn", Ogrn.checkOgrnip(d.getOgrn()));
                }
            } else if (!blank(d.getOgrn())) {
                r.error("ogrn", "У физического лица нет ОГРН/ОГРНИП");
            }
            if (type == ExecutorType.NATURAL_PERSON && blank(d.getSnils())) {
                r.error("snils", "Для физического лица укажите СНИЛС");
            } else if (!blank(d.getSnils())) {
                identifier(r, "snils", Snils.check(d.getSnils()));
            }
        }
        if (!blank(d.getEmail()) && !EMAIL.matcher(d.getEmail().trim()).matches()) {
            r.error("email", "Адрес электронной почты указан неверно");
        }
        List<LicenceDraft> licences = d.getLicences();
        for (int i = 0; i < licences.size(); i++) {
            LicenceDraft l = licences.get(i);
            if (blank(l.getNumber())) {
                r.error("licences[" + i + "].number", "Лицензия " + (i + 1) + ": укажите номер");
            }
            if (l.getIssuedOn() != null && l.getValidUntil() != null && l.getValidUntil().isBefore(l.getIssuedOn())) {
                r.error("licences[" + i + "].validUntil", "Лицензия " + (i + 1) + ": срок действия раньше даты выдачи");
            }
        }
        return r;
    }

    private static void identifier(RuleResult r, String field, IdentifierCheck check) {
        if (!check.valid()) {
            r.error(field, check.message());
        }
    }

    /** Copies a draft that passed {@link #check} onto an entity (territory is resolved by the boundary). */
    public static void apply(ExecutorDraft d, Executor e) {
        e.setType(type(d.getType()));
        e.setFullName(d.getFullName().trim());
        e.setShortName(trim(d.getShortName()));
        e.setInn(Inn.of(d.getInn()));
        e.setKpp(blank(d.getKpp()) ? null : Kpp.of(d.getKpp()));
        e.setOgrn(blank(d.getOgrn()) ? null : Ogrn.of(d.getOgrn()));
        e.setSnils(blank(d.getSnils()) ? null : Snils.of(d.getSnils()));
        e.setAddress(trim(d.getAddress()));
        e.setHeadName(trim(d.getHeadName()));
        e.setHeadPosition(trim(d.getHeadPosition()));
        e.setPhone(trim(d.getPhone()));
        e.setEmail(trim(d.getEmail()));
        e.setNonProfit(d.isNonProfit() || e.getType() == ExecutorType.NGO);
        e.setReceivesStateSupport(d.isReceivesStateSupport());
        e.setSpecialNameSchool(d.isSpecialNameSchool());
        e.getLicences().clear();
        for (LicenceDraft l : d.getLicences()) {
            e.getLicences().add(new Licence(l.getNumber().trim(), l.getIssuedOn(), trim(l.getIssuer()), trim(l.getActivity()), l.getValidUntil()));
        }
    }

    /** The natural key ИНН/КПП of a valid draft. */
    public static String identityKey(ExecutorDraft d) {
        return Executor.identityKey(Inn.of(d.getInn()), blank(d.getKpp()) ? null : Kpp.of(d.getKpp()));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
