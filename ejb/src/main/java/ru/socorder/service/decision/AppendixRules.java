package ru.socorder.service.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.common.ColumnLimits;
import ru.socorder.model.decision.Appendix;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.InfoPart;
import ru.socorder.model.decision.InfoPartKind;
import ru.socorder.model.decision.RoleName;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;

/**
 * Checks the appendices a clerk entered ({@link AppendixForm}) against what the printer can lay out and turns them into
 * what the decision stores: every appendix with what it holds and a title, numbers and kinds not repeated (one table
 * of indicators per appendix), as many column captions as the table has columns (a plan 6 or 5, an indicator table 7
 * or 6, the list of services 4; none: the usual ones) and a numbering row of the same width, a value wording with
 * both its value and its year; parts of the information support with their text, only one list of documents and one
 * of systems, printed in an appendix of the information support; role names within their column. Texts are taken
 * with line breaks as the clerk typed them and trimmed. Appendices or parts equal to the usual ones are stored as
 * none, so they keep following the decision. Plain class; every error names its field in Russian.
 */
public final class AppendixRules {
    private static final String CELLS = Appendix.CELLS;

    /**
     * What a valid form changes. A null list (or flag) leaves the saved one; an empty list means the usual ones. Role
     * names hold every role; null: the usual name.
     */
    public record Change(List<Appendix> appendices, List<InfoPart> infoParts, Map<GroupRole, String> roleNames, Boolean rolesInHeadings) {
    }

    private AppendixRules() {
    }

    /** The change the form asks for, or {@link ValidationFailed} with every error at once. */
    public static Change check(AppendixForm f, DecisionView v) {
        List<FieldError> errors = new ArrayList<>();
        List<Appendix> appendices = f.getAppendices() == null ? null : appendices(f.getAppendices(), errors);
        List<InfoPart> parts = f.getInfoParts() == null ? null : parts(f.getInfoParts(), errors);
        Map<GroupRole, String> roles = f.getRoleNames() == null ? null : roles(f.getRoleNames(), v, errors);
        if (parts != null && !parts.isEmpty() && !printsInfoSupport(appendices, v)) {
            errors.add(new FieldError("infoParts", "Пункты информационного обеспечения печатаются в приложении «Информационное обеспечение»: "
                    + "добавьте это приложение или удалите пункты"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (appendices != null && keys(appendices).equals(keys(AppendixDefaults.standard(v)))) {
            appendices = List.of();
        }
        if (parts != null && partKeys(parts).equals(partKeys(AppendixDefaults.standardInfoParts(v)))) {
            parts = List.of();
        }
        return new Change(appendices, parts, roles, v.group() == null ? null : f.getRolesInHeadings());
    }

    private static List<Appendix> appendices(List<AppendixForm.Item> items, List<FieldError> errors) {
        List<Appendix> out = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<AppendixKind, Integer> kinds = new EnumMap<>(AppendixKind.class);
        Map<Integer, Integer> tables = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            AppendixForm.Item item = items.get(i);
            String at = "appendices[" + i + "].";
            String which = "Приложение " + (i + 1) + ": ";
            if (item == null) {
                errors.add(new FieldError("appendices[" + i + "]", which + "пустое"));
                continue;
            }
            AppendixKind kind = item.getKind();
            String title = text(item.getTitle());
            String number = text(item.getNumber());
            if (kind == null) {
                errors.add(new FieldError(at + "kind", which + "укажите, что оно содержит"));
            } else if (kind != AppendixKind.INDICATORS && kinds.containsKey(kind)) {
                errors.add(new FieldError(at + "kind", which + "«" + kindLabel(kind) + "» уже есть в приложении " + kinds.get(kind)
                        + " — у решения одно такое приложение"));
            } else {
                kinds.putIfAbsent(kind, i + 1);
            }
            if (title == null) {
                errors.add(new FieldError(at + "title", which + "укажите заголовок"));
            }
            if (number != null && numbers.putIfAbsent(number, i + 1) != null) {
                errors.add(new FieldError(at + "number", which + "номер «" + number + "» уже у приложения " + numbers.get(number)));
            }
            List<String> captions = cells(item.getCaptions(), at + "captions", which, "подпись пустая", errors);
            List<String> columnNumbers = cells(item.getColumnNumbers(), at + "columnNumbers", which, "номер пустой", errors);
            if (kind != null) {
                columns(kind, captions, at, which, errors);
            }
            if (!columnNumbers.isEmpty() && columnNumbers.size() != captions.size()) {
                errors.add(new FieldError(at + "columnNumbers", which + (captions.isEmpty()
                        ? "строка номеров столбцов печатается под подписями столбцов: укажите подписи или уберите номера"
                        : "номеров столбцов " + columnNumbers.size() + ", а столбцов " + captions.size())));
            }
            Integer table = item.getIndicatorTable();
            String pattern = text(item.getValuePattern());
            if (kind == AppendixKind.INDICATORS) {
                table = table == null ? 1 : table;
                if (table < 1 || table > 99) {
                    errors.add(new FieldError(at + "indicatorTable", which + "номер таблицы показателей — целое число от 1 до 99"));
                } else if (tables.putIfAbsent(table, i + 1) != null) {
                    errors.add(new FieldError(at + "indicatorTable", which + "таблица показателей " + table + " уже печатается в приложении "
                            + tables.get(table)));
                }
                if (pattern != null && !(pattern.contains("{value}") && pattern.contains("{year}"))) {
                    errors.add(new FieldError(at + "valuePattern", which + "запись значения должна содержать {value} и {year}, "
                            + "например «Значение: {value}, год: {year}»"));
                }
            } else if (kind != null) {
                if (table != null) {
                    errors.add(new FieldError(at + "indicatorTable", which + "номер таблицы указывается только у приложения с показателями"));
                }
                if (pattern != null) {
                    errors.add(new FieldError(at + "valuePattern", which + "запись значения указывается только у приложения с показателями"));
                }
            }
            String position = text(item.getSignaturePosition());
            String name = text(item.getSignatureName());
            if (name != null && position == null) {
                errors.add(new FieldError(at + "signaturePosition", which + "укажите должность подписывающего"));
            }
            Appendix a = new Appendix(kind == null ? AppendixKind.SERVICES : kind, stamp(item.getStamp()), title);
            a.setNumber(number);
            a.setColumns(captions.isEmpty() ? null : String.join(CELLS, captions), columnNumbers.isEmpty() ? null : String.join(CELLS, columnNumbers));
            a.setIndicatorTable(table);
            a.setValuePattern(pattern);
            a.setSignature(position == null ? null : position.replace('\t', ' ') + (name == null ? "" : "\t" + name.replace('\t', ' ')));
            for (ColumnLimits.Violation limit : ColumnLimits.check(a)) {
                errors.add(new FieldError(at + (limit.field().equals("signature") ? "signaturePosition" : limit.field()), which + limit.message()));
            }
            out.add(a);
        }
        return out;
    }

    /** As many captions as the kind's table has columns: none keeps the usual ones. */
    private static void columns(AppendixKind kind, List<String> captions, String at, String which, List<FieldError> errors) {
        if (captions.isEmpty()) {
            return;
        }
        Set<Integer> allowed = switch (kind) {
            case SERVICES -> Set.of(4);
            case PLAN -> Set.of(5, 6);
            case INDICATORS -> Set.of(6, 7);
            default -> Set.of();
        };
        if (allowed.isEmpty()) {
            errors.add(new FieldError(at + "captions", which + "«" + kindLabel(kind) + "» печатается текстом, без столбцов: уберите подписи столбцов"));
        } else if (!allowed.contains(captions.size())) {
            errors.add(new FieldError(at + "captions", which + switch (kind) {
                case SERVICES -> "у перечня услуг 4 столбца";
                case PLAN -> "у плана 6 столбцов (или 5, когда этап и мероприятие в одном столбце)";
                default -> "у таблицы показателей 7 столбцов (или 6, когда номер цели в одном столбце с целью)";
            } + ", указано " + captions.size()));
        }
    }

    /** The cells of a row as entered: trimmed; none blank, none with the separator. */
    private static List<String> cells(List<String> given, String field, String which, String empty, List<FieldError> errors) {
        List<String> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (int c = 0; c < given.size(); c++) {
            String cell = text(given.get(c));
            if (cell == null) {
                errors.add(new FieldError(field, which + "столбец " + (c + 1) + ": " + empty));
            } else if (cell.contains(CELLS)) {
                errors.add(new FieldError(field, which + "столбец " + (c + 1) + ": знак «" + CELLS + "» не допускается"));
            } else {
                out.add(cell);
            }
        }
        return out;
    }

    private static List<InfoPart> parts(List<AppendixForm.PartItem> items, List<FieldError> errors) {
        List<InfoPart> out = new ArrayList<>();
        Map<InfoPartKind, Integer> lists = new EnumMap<>(InfoPartKind.class);
        for (int i = 0; i < items.size(); i++) {
            AppendixForm.PartItem item = items.get(i);
            String at = "infoParts[" + i + "].";
            String which = "Пункт " + (i + 1) + " информационного обеспечения: ";
            if (item == null) {
                errors.add(new FieldError("infoParts[" + i + "]", which + "пустой"));
                continue;
            }
            InfoPartKind kind = item.getKind();
            String text = text(item.getText());
            if (kind == null) {
                errors.add(new FieldError(at + "kind", which + "укажите вид: текст, перечень документов или перечень систем"));
            } else if (kind != InfoPartKind.TEXT && lists.putIfAbsent(kind, i + 1) != null) {
                errors.add(new FieldError(at + "kind", which + (kind == InfoPartKind.DOCUMENTS ? "перечень документов" : "перечень систем")
                        + " уже в пункте " + lists.get(kind)));
            }
            if (text == null) {
                errors.add(new FieldError(at + "text", which + "укажите текст"));
            }
            InfoPart part = new InfoPart(kind == null ? InfoPartKind.TEXT : kind, text(item.getNumber()), text == null ? "" : text);
            for (ColumnLimits.Violation limit : ColumnLimits.check(part)) {
                errors.add(new FieldError(at + limit.field(), which + limit.message()));
            }
            out.add(part);
        }
        return out;
    }

    private static Map<GroupRole, String> roles(List<AppendixForm.RoleItem> items, DecisionView v, List<FieldError> errors) {
        Map<GroupRole, String> out = new EnumMap<>(GroupRole.class);
        int length = ColumnLimits.length(RoleName.class, "title");
        for (int i = 0; i < items.size(); i++) {
            AppendixForm.RoleItem item = items.get(i);
            String at = "roleNames[" + i + "].";
            if (item == null || item.getRole() == null) {
                errors.add(new FieldError(at + "role", "Название роли " + (i + 1) + ": укажите роль"));
                continue;
            }
            String title = text(item.getTitle());
            if (out.containsKey(item.getRole())) {
                errors.add(new FieldError(at + "role", "Роль «" + AppendixDefaults.usualRoleName(item.getRole()) + "» названа дважды"));
            } else if (title != null && title.length() > length) {
                errors.add(new FieldError(at + "title", "Название роли «" + AppendixDefaults.usualRoleName(item.getRole()) + "»: не более "
                        + length + " символов (введено " + title.length() + ")"));
            }
            String named = title == null || title.equals(AppendixDefaults.usualRoleName(item.getRole())) ? null : title;
            if (named != null && v.group() == null) {
                errors.add(new FieldError(at + "title", "У решения нет рабочей группы: называть роли некому"));
            }
            out.put(item.getRole(), named);
        }
        return out;
    }

    /** Whether the appendices that will print hold the information support. */
    private static boolean printsInfoSupport(List<Appendix> appendices, DecisionView v) {
        List<Appendix> printed = appendices == null ? v.decision().getAppendices() : appendices;
        return printed.isEmpty() || printed.stream().anyMatch(a -> a.getKind() == AppendixKind.INFO_SUPPORT);
    }

    /** The stamp as entered: none given — the usual one; blank — none printed. */
    private static String stamp(String stamp) {
        if (stamp == null) {
            return null;
        }
        String s = text(stamp);
        return s == null ? "" : s;
    }

    /** Text as typed, with its line breaks (a browser sends CR LF) and trimmed; blank is none. */
    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n').strip();
        return t.isEmpty() ? null : t;
    }

    private static List<List<Object>> keys(List<Appendix> appendices) {
        return appendices.stream().map(a -> Arrays.<Object>asList(a.getKind(), a.getNumber(), a.getStamp(), a.getTitle(), a.getCaptions(),
                a.getColumnNumbers(), a.getIndicatorTable(), a.getValuePattern(), a.getSignature())).toList();
    }

    private static List<List<Object>> partKeys(List<InfoPart> parts) {
        return parts.stream().map(p -> Arrays.<Object>asList(p.getKind(), p.getNumber(), p.getText())).toList();
    }

    /** «перечень услуг», «план апробации», … */
    public static String kindLabel(AppendixKind kind) {
        return switch (kind) {
            case SERVICES -> "перечень услуг";
            case PLAN -> "план апробации";
            case INDICATORS -> "показатели эффективности";
            case REGULATIONS -> "положение о рабочей группе";
            case COMPOSITION -> "состав рабочей группы";
            case INFO_SUPPORT -> "информационное обеспечение";
        };
    }
}
