package ru.socorder.service.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a seed resolution ({@code seeds/S0.txt} … copied from {@code shared/seeds}) and the tables of its
 * appendices read back from it, row by row. The seeds come from two kinds of text layer: one row a line with the cells
 * separated by tabs (S0, S3), or one cell a line opened by a tab with the rows between blank lines (S1, S2, S4). Either
 * way a row the page broke continues in a row of its own, and the text of a merged cell (the stage of the plan, the goal
 * of the indicators) flows on in the rows below; both are joined back here.
 */
final class SeedText {
    /** A footnote under a table: «1 Значение …», «<1> Значение …», «- <1> Значение …». */
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:- )?(?:<(\\d)>|(\\d)) (\\p{Lu}.*)$");
    /** A footnote the docx text layer left in a caption: «Базовая величина[footnoteRef:2] [2: Значение …]». */
    private static final Pattern FOOTNOTE_IN_CELL = Pattern.compile("\\[footnoteRef:(\\d+)]\\s*(?:\\[\\d+:\\s*([^\\]]*)])?");
    /** The text of such a footnote left further on in the cell: «[4: В целях настоящей таблицы …]». */
    private static final Pattern FOOTNOTE_TEXT_IN_CELL = Pattern.compile("\\s*\\[(\\d+):\\s*([^\\]]*)]");

    private final List<String> lines;
    private int cursor;

    SeedText(String text) {
        this.lines = new ArrayList<>(text.replaceAll("\\[bookmark: [^]]*]", "").replaceAll("(?m)^ +\t", "\t").lines().toList());
    }

    static String resource(String seed) {
        try (InputStream in = SeedText.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves to the next line (from the current one) that starts with the marker and returns its index. */
    int find(String marker) {
        for (int i = cursor; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(marker.strip())) {
                cursor = i;
                return i;
            }
        }
        throw new AssertionError("The seed has no line «" + marker + "» after line " + (cursor + 1));
    }

    /** The lines from one index up to another (exclusive), joined. */
    String text(int from, int to) {
        return String.join("\n", lines.subList(from, to));
    }

    int end() {
        return lines.size();
    }

    /** A table of the seed, its rows as cells, and the footnotes found in or under it (number → text). */
    record Table(List<String> captions, List<String> numbers, List<List<String>> rows, Map<Integer, String> footnotes) {
    }

    /** How the rows of a table continue: which cells start a row of their own, which columns are merged cells. */
    record Layout(int columns, Predicate<List<String>> startsRow, int... merged) {
    }

    /**
     * The table between two lines: the first holds the captions. Header rows repeated after a page break and numbering
     * rows («1 2 3 …») are left out.
     */
    Table table(int from, int to, Layout layout) {
        List<String> region = new ArrayList<>(lines.subList(from, to));
        Map<Integer, String> footnotes = new TreeMap<>();
        region.removeIf(l -> {
            Matcher m = FOOTNOTE.matcher(l.strip());
            if (!l.startsWith("\t") && m.matches()) {
                footnotes.put(Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2)), m.group(3));
                return true;
            }
            return l.strip().matches("[-\\s]*") && l.contains("-");
        });
        boolean tabRows = region.get(0).strip().contains("\t");
        List<List<String>> raw = tabRows ? tabRows(region, layout.columns()) : cellLines(region, layout.columns());
        List<String> captions = null;
        List<String> numbers = null;
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : raw) {
            for (int i = 0; i < r.size(); i++) {
                Matcher m = FOOTNOTE_IN_CELL.matcher(r.get(i));
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    if (m.group(2) != null) {
                        footnotes.put(Integer.valueOf(m.group(1)), m.group(2).strip());
                    }
                    m.appendReplacement(sb, "<" + m.group(1) + ">");
                }
                m.appendTail(sb);
                Matcher text = FOOTNOTE_TEXT_IN_CELL.matcher(sb.toString());
                while (text.find()) {
                    footnotes.put(Integer.valueOf(text.group(1)), text.group(2).strip());
                }
                r.set(i, text.replaceAll("").strip());
            }
            if (captions == null) {
                captions = r;
            } else if (r.equals(captions)) {
                continue;
            } else if (r.stream().allMatch(c -> c.matches("\\d*")) && r.stream().anyMatch(c -> !c.isEmpty())) {
                numbers = numbers == null ? r : numbers;
            } else if (rows.isEmpty() || layout.startsRow().test(r)) {
                rows.add(r);
            } else {
                List<String> previous = rows.get(rows.size() - 1);
                for (int i = 0; i < r.size(); i++) {
                    if (!r.get(i).isEmpty()) {
                        previous.set(i, (previous.get(i) + "\n" + r.get(i)).strip());
                    }
                }
            }
        }
        mergeFlowingCells(rows, layout.merged());
        return new Table(captions, numbers, rows, footnotes);
    }

    /** The text of a merged cell that flowed on into the rows below goes back to the first row of the merge. */
    private static void mergeFlowingCells(List<List<String>> rows, int... merged) {
        if (merged.length == 0) {
            return;
        }
        List<String> first = null;
        for (List<String> r : rows) {
            if (!r.get(merged[0]).isEmpty()) {
                first = r;
                continue;
            }
            for (int c : merged) {
                if (first != null && !r.get(c).isEmpty()) {
                    first.set(c, first.get(c) + "\n" + r.get(c));
                    r.set(c, "");
                }
            }
        }
    }

    /** One row a line, cells separated by tabs; a blank line is a page break. */
    private static List<List<String>> tabRows(List<String> region, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (String l : region) {
            if (l.isBlank() || !l.contains("\t")) {
                if (!l.isBlank()) {
                    throw new AssertionError("A line without cells inside a table: " + l);
                }
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(l.split("\t", -1)));
            rows.add(fit(cells, columns, l));
        }
        return rows;
    }

    /** A stage of the plan written across the number's column and its own («5. Отбор исполнителей услуг …»). */
    private static final Pattern STAGE_ACROSS = Pattern.compile("(?s)^(\\d+\\.) (\\p{Lu}.*)$");

    /**
     * A row of a stage whose number and title share one cell across both columns (S1, S2, S4: stage 5): its first row,
     * its activities («| 5.2. …») and the rows the page broke (« | на получение … | | | города …»).
     */
    private static boolean stageAcross(List<String> row, int columns) {
        if (columns != 6 || row.size() != 5) {
            return false;
        }
        String first = row.get(0).strip();
        String second = row.get(1).strip();
        return STAGE_ACROSS.matcher(first).matches() || first.isEmpty() && (second.matches("(?s)\\d+\\.\\d+\\.?\\s.*")
                || !second.isEmpty() && Character.isLowerCase(second.charAt(0)) && row.get(2).isBlank() && row.get(3).isBlank());
    }

    /** One cell a line opened by a tab (continued by lines without one); a row ends at a blank line once it has its cells. */
    private static List<List<String>> cellLines(List<String> region, int columns) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        boolean blank = false;
        for (String l : region) {
            if (l.isBlank() && !l.contains("\t")) {
                blank = true;
                continue;
            }
            if (l.startsWith("\t")) {
                if (blank && (row.size() >= columns || stageAcross(row, columns))) {
                    rows.add(fit(row, columns, String.join(" | ", row)));
                    row = new ArrayList<>();
                }
                String[] cells = l.substring(1).split("\t", -1);
                for (String c : cells) {
                    row.add(c);
                }
            } else if (row.isEmpty()) {
                row.add(l);
            } else {
                row.set(row.size() - 1, row.get(row.size() - 1) + "\n" + l);
            }
            blank = false;
        }
        if (!row.isEmpty()) {
            rows.add(fit(row, columns, String.join(" | ", row)));
        }
        return rows;
    }

    /**
     * A row with empty cells in front of its columns (the text layer's artefact) loses them; a row one cell short whose
     * first cell is a stage written across the number's column («5. Отбор исполнителей услуг …») gets it in two; a
     * short one is padded.
     */
    private static List<String> fit(List<String> cells, int columns, String what) {
        List<String> out = new ArrayList<>(cells);
        if (stageAcross(out, columns)) {
            Matcher numbered = STAGE_ACROSS.matcher(out.get(0).strip());
            if (numbered.matches()) {
                out.set(0, numbered.group(2));
                out.add(0, numbered.group(1));
            } else {
                out.add(1, "");
            }
        }
        while (out.size() > columns) {
            if (out.get(out.size() - 1).isBlank()) {
                out.remove(out.size() - 1);
            }
            if (out.size() > columns && out.get(0).isBlank()) {
                out.remove(0);
            } else if (out.size() > columns && !out.get(out.size() - 1).isBlank()) {
                break;
            }
        }
        if (out.size() > columns) {
            throw new AssertionError("More than " + columns + " cells: " + what);
        }
        while (out.size() < columns) {
            out.add("");
        }
        return out;
    }
}
