package ru.socorder.service.exchange;

import java.util.List;

/**
 * Where a CSV file breaks and why, in Russian: commons-csv only says «EOF reached before encapsulated token finished».
 * Scans the text by the same rules (a quote opens a value only as its first character; inside, a quote is doubled;
 * after the closing quote only spaces, the separator or a line break may follow).
 */
final class CsvProblem {
    private CsvProblem() {
    }

    /** «строка 3, столбец 2 («Полное наименование»): …», or null when the text is well-formed. */
    static String find(String text, char delimiter, List<String> headers) {
        int n = text.length();
        int line = 1;
        int column = 1;
        boolean fieldStart = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                int openedOn = line;
                i++;
                boolean closed = false;
                while (i < n && !closed) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        i++;
                    } else if (q == '"') {
                        closed = true;
                    } else if (q == '\n' || q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                        line++;
                    }
                    i++;
                }
                if (!closed) {
                    return at(openedOn, column, headers) + "кавычка в начале значения не закрыта до конца файла "
                            + "(кавычки внутри значения нужно удваивать: «\"\"»)";
                }
                while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r'
                        && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    return at(line, column, headers) + "после закрывающей кавычки стоит «" + text.charAt(i)
                            + "» (кавычки внутри значения нужно удваивать: «\"\"»)";
                }
                fieldStart = false;
                continue;
            }
            if (c == delimiter) {
                column++;
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
                fieldStart = true;
            } else {
                fieldStart = false;
            }
            i++;
        }
        return null;
    }

    private static String at(int line, int column, List<String> headers) {
        String header = column <= headers.size() && !headers.get(column - 1).isBlank() ? " («" + headers.get(column - 1).trim() + "»)" : "";
        return "строка " + line + ", столбец " + column + header + ": ";
    }
}
