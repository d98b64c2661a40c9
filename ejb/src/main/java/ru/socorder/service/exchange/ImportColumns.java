package ru.socorder.service.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.socorder.service.common.ValidationFailed;

/** Finds the columns of an import file by the names clerks give them (Russian or API names, any case or spacing). */
public final class ImportColumns {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> headers;

    public ImportColumns(List<String> headers, Map<String, List<String>> aliases) {
        this.headers = headers;
        for (int i = 0; i < headers.size(); i++) {
            String h = normalise(headers.get(i));
            for (Map.Entry<String, List<String>> field : aliases.entrySet()) {
                if (field.getValue().contains(h) && !index.containsKey(field.getKey())) {
                    index.put(field.getKey(), i);
                }
            }
        }
    }

    public boolean has(String field) {
        return index.containsKey(field);
    }

    /**
     * Refuses a file whose first row lacks the needed columns (a file without a header row, another table, a wrong
     * encoding), quoting what the first row holds so that the clerk sees the cause.
     *
     * @param needed the columns as the message names them: «ИНН» и «Полное наименование»
     */
    public void require(String needed, String... fields) {
        for (String field : fields) {
            if (!has(field)) {
                String first = String.join("; ", headers).replaceAll("\\p{Cntrl}", " ").strip();
                throw new ValidationFailed("file", "Строка 1: в первой строке файла нужны заголовки столбцов, как минимум "
                        + needed + (first.isEmpty() ? "; первая строка пуста"
                        : "; в файле первая строка: «" + (first.length() > 120 ? first.substring(0, 120) + "…" : first) + "»")
                        + ". Если вместо букв непонятные символы, сохраните файл в кодировке UTF-8 или Windows-1251");
            }
        }
    }

    public String get(List<String> row, String field) {
        Integer i = index.get(field);
        if (i == null || i >= row.size()) {
            return null;
        }
        String v = row.get(i);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static boolean yes(String v) {
        String n = normalise(v);
        return n.equals("да") || n.equals("1") || n.equals("true") || n.equals("yes") || n.equals("есть") || "+".equals(v);
    }
}
