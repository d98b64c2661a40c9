package ru.socorder.service.catalog;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.socorder.model.catalog.OrderFormCode;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.Inn;
import ru.socorder.model.identifier.Kpp;
import ru.socorder.model.identifier.Ogrn;
import ru.socorder.model.identifier.Oktmo;
import ru.socorder.service.exchange.RuleResult;

/** Rules of the smaller reference lists: territories, directions, units, authorised bodies. */
public final class ReferenceRules {
    private static final Pattern OKPO = Pattern.compile("\\d{8}|\\d{10}");
    private static final Pattern CHAPTER = Pattern.compile("\\d{3}");
    private static final Pattern OKEI = Pattern.compile("\\d{3,4}");

    private ReferenceRules() {
    }

    /** «01.01», «1.1», «31.12» → the day and month; null when it is not a real day of a year. */
    public static MonthDay orderDeadline(String text) {
        Matcher m = Pattern.compile("\\s*(\\d{1,2})\\.(\\d{1,2})\\.?\\s*").matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static RuleResult territory(TerritoryForm f) {
        RuleResult r = new RuleResult();
        TerritoryLevel level = level(f.getLevel());
        if (level == null) {
            r.error("level", "Укажите уровень: субъект РФ или муниципальное образование");
        }
        required(r, "name", f.getName(), "Укажите наименование");
        identifier(r, "oktmo", Oktmo.check(f.getOktmo()));
        if (level == TerritoryLevel.MUNICIPALITY && f.getParentId() == null) {
            r.error("parentId", "Муниципальное образование должно входить в субъект РФ");
        }
        if (level == TerritoryLevel.REGION && f.getParentId() != null) {
            r.error("parentId", "Субъект РФ не входит в другую территорию");
        }
        if (f.getOrderDeadline() != null && !f.getOrderDeadline().isBlank() && orderDeadline(f.getOrderDeadline()) == null) {
            r.error("orderDeadline", "Срок утверждения заказа указан неверно: «" + f.getOrderDeadline().strip()
                    + "» — ожидается день и месяц ДД.ММ, например 01.01");
        }
        if (f.getId() != null && f.getId().equals(f.getParentId())) {
            r.error("parentId", "Территория не может входить сама в себя");
        }
        if (f.getOrderForm() != null) {
            orderForm(r, f.getOrderForm());
        }
        return r;
    }

    /** The codes box lines must be known ones; the ОКУД code is 7 digits and is given when the box has its line. */
    static void orderForm(RuleResult r, OrderFormSettings f) {
        List<String> codes = f.getCodes() == null ? List.of() : f.getCodes();
        for (String c : codes) {
            if (c == null || Arrays.stream(OrderFormCode.values()).noneMatch(k -> k.name().equals(c.strip()))) {
                r.error("orderForm.codes", "Неизвестная строка блока «Коды»: «" + c + "» — допустимы "
                        + Arrays.stream(OrderFormCode.values()).map(Enum::name).toList());
                return;
            }
        }
        String okud = f.getOkud() == null ? "" : f.getOkud().strip();
        if (!okud.isEmpty() && !okud.matches("\\d{7}")) {
            r.error("orderForm.okud", "Код формы по ОКУД — 7 цифр, указано «" + okud + "»");
        } else if (okud.isEmpty() && codes.stream().anyMatch(c -> OrderFormCode.OKUD.name().equals(c.strip()))) {
            r.error("orderForm.okud", "Укажите код формы по ОКУД или уберите строку «Форма по ОКУД» из блока «Коды»");
        }
    }

    public static RuleResult direction(DirectionForm f) {
        RuleResult r = new RuleResult();
        required(r, "code", f.getCode(), "Укажите код направления");
        required(r, "name", f.getName(), "Укажите наименование направления");
        return r;
    }

    public static RuleResult unit(UnitForm f) {
        RuleResult r = new RuleResult();
        if (f.getCode() == null || !OKEI.matcher(f.getCode().trim()).matches()) {
            r.error("code", "Код ОКЕИ состоит из 3 или 4 цифр");
        }
        required(r, "name", f.getName(), "Укажите наименование единицы");
        return r;
    }

    public static RuleResult authority(AuthorityForm f) {
        RuleResult r = new RuleResult();
        required(r, "fullName", f.getFullName(), "Укажите полное наименование");
        required(r, "shortName", f.getShortName(), "Укажите краткое наименование");
        if (f.getTerritoryId() == null) {
            r.error("territoryId", "Укажите территорию");
        }
        if (!ExecutorRules.blank(f.getInn())) {
            IdentifierCheck inn = Inn.check(f.getInn());
            if (!inn.valid()) {
                r.error("inn", inn.message());
            } else if (inn.canonical().length() != 10) {
                r.error("inn", "ИНН органа власти состоит из 10 цифр");
            }
        }
        if (!ExecutorRules.blank(f.getKpp())) {
            identifier(r, "kpp", Kpp.check(f.getKpp()));
        }
        if (!ExecutorRules.blank(f.getOgrn())) {
            identifier(r, "ogrn", Ogrn.checkOgrn(f.getOgrn()));
        }
        if (!ExecutorRules.blank(f.getOkpo()) && !OKPO.matcher(f.getOkpo().trim()).matches()) {
            r.error("okpo", "Код ОКПО состоит из 8 или 10 цифр");
        }
        if (!ExecutorRules.blank(f.getBudgetChapterCode()) && !CHAPTER.matcher(f.getBudgetChapterCode().trim()).matches()) {
            r.error("budgetChapterCode", "Код главы по БК состоит из 3 цифр");
        }
        return r;
    }

    public static TerritoryLevel level(String raw) {
        try {
            return raw == null ? null : TerritoryLevel.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void required(RuleResult r, String field, String value, String message) {
        if (ExecutorRules.blank(value)) {
            r.error(field, message);
        }
    }

    private static void identifier(RuleResult r, String field, IdentifierCheck check) {
        if (!check.valid()) {
            r.error(field, check.message());
        }
    }
}
