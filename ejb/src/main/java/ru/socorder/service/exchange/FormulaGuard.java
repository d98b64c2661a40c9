package ru.socorder.service.exchange;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells that a spreadsheet could take for a formula (CSV / formula injection, OWASP): an executor named
 * {@code =HYPERLINK("http://…";"x")} must reach Excel as text, never as a formula. A text is dangerous when it starts
 * with {@code = + - @}, a tab or a carriage return. Every export that writes text cells goes through this class;
 * numbers written as numeric cells (negative ones too) are not text and need nothing.
 * <ul>
 * <li><b>CSV</b> has no cell types, so a dangerous text gets a leading apostrophe and is always quoted
 * ({@code "'=HYPERLINK(""…"")"}), as OWASP advises; the apostrophe stays visible, which is the price of safety.</li>
 * <li><b>XLSX</b> string cells are never evaluated when the file opens, but a user who edits such a cell (F2, Enter)
 * turns it into a formula. Such cells get a «quote prefixed» style ({@code quotePrefix="1"}, what Excel itself sets
 * when one types {@code '=…}): Excel and LibreOffice keep them as text after editing, while the visible text and the
 * text read back by an import stay exactly what was stored. Chosen over a literal apostrophe, which would change the
 * data for everyone who reads the workbook with a program.</li>
 * </ul>
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    /** Whether a spreadsheet could read the text as a formula. */
    public static boolean dangerous(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text as a CSV field (separator {@code ;}): neutralised if dangerous, quoted when needed. */
    public static String csvField(String text) {
        boolean dangerous = dangerous(text);
        String value = dangerous ? "'" + text : text;
        boolean quote = dangerous || value.indexOf(';') >= 0 || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** The writer of text cells of one workbook (keeps one quote-prefixed copy of each style it meets). */
    public static Cells cells(Workbook workbook) {
        return new Cells(workbook);
    }

    /** Writes text cells of a workbook; a dangerous text gets the quote-prefixed variant of the cell's style. */
    public static final class Cells {
        private final Workbook workbook;
        private final Map<Short, CellStyle> quoted = new HashMap<>();

        private Cells(Workbook workbook) {
            this.workbook = workbook;
        }

        /** Sets the text of a cell that already has its style; null leaves the cell empty. */
        public void text(Cell cell, String value) {
            if (value == null) {
                return;
            }
            cell.setCellValue(value);
            if (dangerous(value)) {
                CellStyle style = cell.getCellStyle();
                cell.setCellStyle(quoted.computeIfAbsent(style.getIndex(), i -> {
                    CellStyle q = workbook.createCellStyle();
                    q.cloneStyleFrom(style);
                    q.setQuotePrefixed(true);
                    return q;
                }));
            }
        }
    }
}
