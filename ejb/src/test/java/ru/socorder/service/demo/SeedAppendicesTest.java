package ru.socorder.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.socorder.service.decision.DecisionPrinter;
import ru.socorder.service.decision.DecisionView;
import ru.socorder.service.demo.SeedText.Layout;
import ru.socorder.service.demo.SeedText.Table;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.ReportEngine;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The printed appendices of each seed's demo decision read as the seed: the text pdftotext extracts from the PDF is
 * compared with the seed's own text — stamps and titles, the column captions and numbering rows, every row of the plan,
 * of each indicator table (with the footnotes under it) and of the working group's composition, every paragraph of the
 * regulations and of the information support — in the act's order. Whitespace and hyphenation do not count (line
 * breaks fall elsewhere on a printed page); every other difference fails, except the seeds' own defects listed in
 * {@link #DEFECTS}, each with the reason. The PDFs stay in {@code target/appendices} to be looked at.
 */
class SeedAppendicesTest {
    /**
     * Where a seed's text is not the act's: the text as the seed has it, the act's text the demo decision prints, and
     * why. They are put right in the seed before comparing; each must still be found in its seed.
     */
    record Defect(String seed, String seedText, String actText, String reason, boolean pattern) {
        Defect(String seed, String seedText, String actText, String reason) {
            this(seed, seedText, actText, reason, false);
        }

        /** A defect found wherever the regular expression matches. */
        static Defect everywhere(String seed, String regex, String replacement, String reason) {
            return new Defect(seed, regex, replacement, reason, true);
        }
    }

    private static final String OCR = "a misread of the scanned act (the seed is an OCR text layer); the act has the word right";
    private static final String OCR_LOST_WORD = "the OCR text layer lost a word: 7.2's responsible body is «Управление образования администрации "
            + "города Сосновоборска» as in every other row of the plan";
    private static final String DIGIT_FOR_FLAG = "the digit 0 typed for the Cyrillic «О» of the list flag (position 7 of the registry "
            + "number); the number prints in its corrected form";
    private static final String OCR_DISPLACED = "the OCR text layer moved the words «форма» and «очная,» of the service descriptions to a "
            + "line of their own";
    private static final String LOST_SUPERSCRIPT = "the text layer lost the superscript of the footnote reference";
    private static final String LOST_STAMP = "the text layer lost the stamps of the appendices; the act's body names them "
            + "(пункты 2.1–2.5 and 4: приложения № 1–6)";

    private static String kaluga(int appendix) {
        return "\nПриложение № " + appendix + "\nк постановлению Правительства\nКалужской области\nот 25.09.2023 № 677\n";
    }

    static final List<Defect> DEFECTS = List.of(
            new Defect("S0", "от № 18. 2022 № 13876-П", "от 20.12.2022 № 13876-П",
                    "the text layer garbled the date of the amending act in its stamp; the act is of 20.12.2022 (its header)"),
            new Defect("S0", "**", "", "the text layer's bold marks"),
            Defect.everywhere("S0", "значение: год: (\\d{4}) ([^\t]+)", "значение: $2 год: $1",
                    "the text layer puts the value typed into the form «значение: … год: …» after the year"),
            new Defect("S0", "удовлетворенности и граждан", "удовлетворенности граждан", "the text layer's stray «и» in the title of goal 5"),
            new Defect("S1", "«регшизация", "«реализация", OCR),
            new Defect("S1", "«Регшизация", "«Реализация", OCR),
            new Defect("S1", "ивиднуш", "сводную", OCR),
            new Defect("S1", "Соснивооорска", "Сосновоборска", OCR),
            new Defect("S1", "обргоования", "образования", OCR),
            new Defect("S1", "соцшшьной", "социальной", OCR),
            new Defect("S1", "лдминис i рации", "администрации", OCR),
            new Defect("S1", "соцтшьным", "социальным", OCR),
            new Defect("S1", "муниципгшьных", "муниципальных", OCR),
            new Defect("S1", "«0 государственном", "«О государственном", OCR),
            new Defect("S1", "агтпобации", "апробации", OCR),
            new Defect("S1", "\tУправление\n\t\n\n", "\tУправление образования\n\t\n\n", OCR_LOST_WORD),
            new Defect("S1", "8042000.", "804200О.", DIGIT_FOR_FLAG),
            new Defect("S1", "направленность, обучения: очная", "направленность, форма обучения: очная", OCR_DISPLACED),
            new Defect("S1", "форма обучения: обучающиеся", "форма обучения: очная, обучающиеся", OCR_DISPLACED),
            new Defect("S1", "форма форма очная,\n", "", OCR_DISPLACED),
            new Defect("S1", "Базовая величина1", "Базовая величина<1>", LOST_SUPERSCRIPT),
            new Defect("S1", "Целевой ориентир2", "Целевой ориентир<2>", LOST_SUPERSCRIPT),
            new Defect("S1", "социальной сферы3", "социальной сферы<3>", LOST_SUPERSCRIPT),
            new Defect("S1", "значение:\nГПТТ-\n\tзначение: гптт- 709S", "значение: год: 2023\n\tзначение: год: 2025",
                    "the text layer garbled the years of goal 3's «из них» row (2023 and 2025 as in every other row)"),
            new Defect("S1", "\tуправления\n\n\t\n\t\n\t\n\t\n\t\n\t\n\tэкономического", "\tуправления планирования и\n\n\t\n\t\n\t\n\t\n\t\n\t\n\tэкономического",
                    "the text layer lost «планирования и» of the responsible body in goal 3's «из них» row (as in every other row)"),
            new Defect("S1", "\t\n\t\n\t\n\t\n\tструктурным подразделением, процент", "\t\n\t\n\t\n\tструктурным подразделением, процент",
                    "the text layer shifts the last page of the indicator table by an empty cell"),
            Defect.everywhere("S2", "\tзначение: \n \t(Промежуточный результат|Итоговый результат) \n",
                    "\tзначение: \nгод: 2023\n\tзначение: \nгод: 2024\n\tАдминистрация города Пятигорска,\nМуниципальное учреждение "
                            + "«Управление образования администрации города Пятигорска»\n\n\t\n\t\n\t$1\n",
                    "the act leaves the base of two rows of goal 4 at «значение:» and merges their target and responsible cells into "
                            + "the goal's last row; the demo decision gives each row the years and the responsible bodies of its goal"),
            new Defect("S2", "\tзначение: \n \tАдминистрация города Пятигорска,\n",
                    "\tзначение: \nгод: 2023\n\tзначение: \nгод: 2024\n\tАдминистрация города Пятигорска,\nМуниципальное учреждение "
                            + "«Управление образования администрации города Пятигорска»\n",
                    "the text layer cut the table's last row at the signature below it: its years and responsible bodies are those of the goal's other rows"),
            new Defect("S2", "8042000.", "804200О.", DIGIT_FOR_FLAG),
            new Defect("S2", "\t\t№ п/п", "\t№ п/п", "the text layer's extra tab before the first caption of the tables"),
            new Defect("S3", "**", "", "the text layer's bold marks"),
            new Defect("S3", "Значение: да; год: 2024", "Значение: да, год: 2024",
                    "the act writes «;» in four cells of its two tables where all the others have «, год»"),
            new Defect("S3", "Значение год: 2024", "Значение: год: 2024", "the act lost the colon in two cells of the second table"),
            new Defect("S3", "удовлетворенности потребителей услуг\t\t\tобласти", "удовлетворенности потребителей услуг\t\t\t",
                    "the text layer repeats «области» of the last responsible cell of the first table where the page breaks it"),
            new Defect("S3", "8530000.", "853000О.", DIGIT_FOR_FLAG),
            new Defect("S3", "791200.Р.44.0.АГ980001000", "791200Р.44.0.АГ980001000",
                    "the act puts a dot between the six digits and the list flag «Р»; the number prints as the catalogue writes every "
                            + "registry number (flag in position 7, then «.44.0.»)"),
            new Defect("S3", "\nПеречень государственных услуг", kaluga(1) + "Перечень государственных услуг", LOST_STAMP),
            new Defect("S3", "\nПЛАН\nапробации", kaluga(2) + "ПЛАН\nапробации", LOST_STAMP),
            new Defect("S3", "ЗНАЧЕНИЯ ПОКАЗАТЕЛЕЙ\n\nэффективности организации оказания государственной услуги в социальной сфере\n«Создание",
                    kaluga(3) + "ЗНАЧЕНИЯ ПОКАЗАТЕЛЕЙ\n\nэффективности организации оказания государственной услуги в социальной сфере\n«Создание", LOST_STAMP),
            new Defect("S3", "ЗНАЧЕНИЯ ПОКАЗАТЕЛЕЙ\n\nэффективности организации оказания государственной услуги в социальной сфере\n\n«Организация",
                    kaluga(4) + "ЗНАЧЕНИЯ ПОКАЗАТЕЛЕЙ\n\nэффективности организации оказания государственной услуги в социальной сфере\n\n«Организация", LOST_STAMP),
            new Defect("S3", "\nПорядок, условия и сроки применения", kaluga(5) + "Порядок, условия и сроки применения", LOST_STAMP),
            new Defect("S3", "\nСОСТАВ\n", kaluga(6) + "СОСТАВ\n", LOST_STAMP)
    );

    private static final Pattern SUPERSCRIPT = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static final Pattern PAGE_FOOTER = Pattern.compile("стр\\. \\d+ из \\d+");

    /** The plan in six columns: a row of its own opens an activity («1.1.») or a stage; stage number and title are merged. */
    static final Layout PLAN = new Layout(6, r -> !r.get(0).isEmpty() || r.get(2).matches("(?s)\\d+\\.\\d+\\.?\\s.*"), 0, 1);
    /** The plan in five columns (stage and activity in one): a row of its own has its number. */
    static final Layout PLAN_MERGED = new Layout(5, r -> !r.get(0).isEmpty());
    /** The indicators in seven columns: a row of its own has a type, or an indicator that starts a sentence («из них …»). */
    static final Layout INDICATORS = new Layout(7, r -> !r.get(0).isEmpty() || startsSentence(r.get(2)) || startsIndicator(r.get(3)), 0, 1);
    /** The indicators in six columns, the goal's number in the goal's column. */
    static final Layout INDICATORS_GOAL = new Layout(6, r -> !r.get(0).isEmpty() || startsSentence(r.get(1)) || startsIndicator(r.get(2)), 0);
    /** The list of services as a table: a row of its own has its number. */
    static final Layout SERVICES = new Layout(4, r -> !r.get(0).isEmpty());
    /** The composition: a name and a position (or a role heading). */
    static final Layout COMPOSITION = new Layout(2, r -> true);

    private static ReportEngine engine;

    @BeforeAll
    static void engine() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("pdftotext", "-v").start().waitFor(10, TimeUnit.SECONDS), "pdftotext (poppler-utils) is installed");
        engine = new ReportEngine();
        Files.createDirectories(Path.of("target/appendices"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S0", "S1", "S2", "S3", "S4"})
    void theAppendicesReadAsTheSeed(String seed) throws Exception {
        Path file = write(seed, engine.print(DecisionPrinter.appendices(new DemoSeeds().view(seed)), PrintFormat.PDF));
        String raw = pdfText(file);
        String[] pages = raw.split("\f");
        for (int p = 0; p < pages.length - 1; p++) {
            assertTrue(!compact(PAGE_FOOTER.matcher(pages[p]).replaceAll("")).isEmpty(), seed + ": page " + (p + 1) + " is blank");
        }
        String printed = compact(PAGE_FOOTER.matcher(raw).replaceAll(""));
        SeedText text = new SeedText(corrected(seed));
        List<Unit> expected = expected(seed, text);
        List<String> differences = compare(expected, printed);
        assertEquals("", String.join("\n\n", differences), seed + ": the printed appendices differ from the seed");
    }

    @Test
    void aDecisionEnteredWithoutItsAppendicesGetsThemInTheUsualOrderNumberedFromOne() throws Exception {
        DecisionView luga = new DemoSeeds().view("S4");
        luga.decision().getAppendices().clear();
        List<Part> parts = DecisionPrinter.appendices(luga);
        assertEquals(List.of("decision/services", "decision/plan", "decision/indicators", "decision/text", "decision/composition", "decision/text"),
                parts.stream().map(Part::template).toList(), "services, plan, indicators, regulations, composition, information support");
        for (int i = 0; i < parts.size(); i++) {
            assertEquals("Приложение № " + (i + 1) + "\nк постановлению администрации Лужского муниципального района Ленинградской области"
                    + "\nот 13.02.2023 № 417", parts.get(i).parameters().get("STAMP"), "the usual stamp as the acts write it");
        }
        String text = compact(pdfText(write("S4-standard", engine.print(parts, PrintFormat.PDF))));
        assertTrue(text.contains(compact("Руководитель рабочей группы: Красий Светлана Викторовна - председатель комитета образования")), text);
        assertTrue(text.contains(compact("значение: будет определено по результатам пофакторного анализа год: 2023")));
        assertTrue(text.contains(compact("1.3. заявка исполнителя услуг на включение в реестр исполнителей услуг по социальному сертификату (формируется в информационной системе")), text);
    }

    /** What is compared, in order: a piece of the seed and how it is named in a difference. */
    record Unit(String label, String seedText, List<String> headers) {
        Unit(String label, String seedText) {
            this(label, seedText, List.of());
        }
    }

    /** The seed's appendices as they are to be printed: headings, tables row by row, paragraphs. */
    private static List<Unit> expected(String seed, SeedText s) {
        List<Unit> units = new ArrayList<>();
        switch (seed) {
            case "S0" -> {
                table(units, s, "Приложение", "план", "№ п/п\tЭтап", "Таблица", PLAN);
                table(units, s, "Таблица", "показатели", "№ п/п\tЦель", null, INDICATORS);
            }
            case "S1" -> {
                paragraphs(units, s, "ПРИЛОЖЕНИЕ № 1", "перечень услуг", "Реализация дополнительных общеразвивающих программ:", "ПРИЛОЖЕНИЕ № 2");
                table(units, s, "ПРИЛОЖЕНИЕ № 2", "план", "\t№ п/п", "ПРИЛОЖЕНИЕ № 3", PLAN);
                table(units, s, "ПРИЛОЖЕНИЕ № 3", "показатели", "\t№ п/п", "ПРИЛОЖЕНИЕ № 4", INDICATORS);
                paragraphs(units, s, "ПРИЛОЖЕНИЕ № 4", "положение", "1. Общие положения", null);
            }
            case "S2" -> {
                table(units, s, "Приложение 1", "перечень услуг", "\t№ п/п", "Приложение 2", SERVICES);
                table(units, s, "Приложение 2", "план", "\t№ п/п", "Заместитель главы администрации", PLAN);
                signature(units, s, "Заместитель главы администрации", "Приложение № 3");
                table(units, s, "Приложение № 3", "показатели", "\t№ п/п", "Заместитель главы администрации", INDICATORS);
                signature(units, s, "Заместитель главы администрации", null);
            }
            case "S3" -> {
                paragraphs(units, s, "Приложение № 1", "перечень услуг", "1. Создание условий", "Приложение № 2");
                table(units, s, "Приложение № 2", "план", "№\tЭтап", "Приложение № 3", PLAN_MERGED);
                table(units, s, "Приложение № 3", "показатели (туризм)", "Цель\tТип", "Приложение № 4", INDICATORS_GOAL);
                table(units, s, "Приложение № 4", "показатели (занятость)", "Цель\tТип", "Приложение № 5", INDICATORS_GOAL);
                paragraphs(units, s, "Приложение № 5", "информационное обеспечение", "1. Настоящий Порядок", "Приложение № 6");
                heading(units, s, "Приложение № 6", "- | | |");
                composition(units, s, "- | | |");
            }
            case "S4" -> {
                paragraphs(units, s, "Приложение 1", "перечень услуг", "1. Реализация дополнительных", "УТВЕРЖДЕНО");
                paragraphs(units, s, "УТВЕРЖДЕНО", "положение", "1. Общие положения", "УТВЕРЖДЕН");
                table(units, s, "УТВЕРЖДЕН", "состав", "\tРуководитель рабочей группы:", "УТВЕРЖДЕН", COMPOSITION);
                table(units, s, "УТВЕРЖДЕН", "план", "\t№ п/п", "УТВЕРЖДЕНА", PLAN);
                table(units, s, "УТВЕРЖДЕНА", "показатели", "\t№ п/п", "Об организации", INDICATORS);
            }
            default -> throw new IllegalArgumentException(seed);
        }
        return units;
    }

    /** The signature under an appendix: the seed's lines from one marker up to the next (or the end). */
    private static void signature(List<Unit> units, SeedText s, String from, String to) {
        int start = s.find(from);
        units.add(new Unit("подпись", s.text(start, to == null ? s.end() : s.find(to))));
    }

    /** The stamp and the title of an appendix: the seed's lines from one marker up to the next. */
    private static void heading(List<Unit> units, SeedText s, String from, String to) {
        int start = s.find(from);
        int end = s.find(to);
        units.add(new Unit("заголовок приложения", s.text(start, end)));
    }

    /** An appendix with a table: its heading from one marker to the captions, then the table up to its end (or the seed's). */
    private static void table(List<Unit> units, SeedText s, String stamp, String name, String captions, String end, Layout layout) {
        heading(units, s, stamp, captions);
        int from = s.find(captions);
        int to = end == null ? s.end() : s.find(end);
        Table t = s.table(from, to, layout);
        List<String> headers = new ArrayList<>();
        headers.add(String.join("\n", t.captions()));
        if (t.numbers() != null) {
            headers.add(String.join(" ", t.numbers()));
        }
        if (layout != COMPOSITION) {
            units.add(new Unit(name + ": подписи столбцов", String.join("\n", headers)));
        }
        int n = 1;
        for (List<String> row : layout == COMPOSITION ? prepend(t.captions(), t.rows()) : t.rows()) {
            units.add(new Unit(name + ", строка " + n++, String.join(" | ", row), layout == COMPOSITION ? List.of() : headers));
        }
        for (Map.Entry<Integer, String> f : t.footnotes().entrySet()) {
            units.add(new Unit(name + ", сноска " + f.getKey(), "<" + f.getKey() + "> " + f.getValue()));
        }
    }

    private static List<List<String>> prepend(List<String> first, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(first);
        all.addAll(rows);
        return all;
    }

    /** An appendix of paragraphs: its heading, then every line of the seed from one marker up to the next (or the end). */
    private static void paragraphs(List<Unit> units, SeedText s, String stamp, String name, String from, String end) {
        heading(units, s, stamp, from);
        int start = s.find(from);
        int to = end == null ? s.end() : s.find(end);
        int n = 1;
        for (String line : s.text(start, to).lines().toList()) {
            if (!line.isBlank()) {
                units.add(new Unit(name + ", абзац " + n++, line));
            }
        }
    }

    /** The composition written as a table of «| name | - position |» rows and, after it, name and position paragraphs. */
    private static void composition(List<Unit> units, SeedText s, String from) {
        int start = s.find(from);
        List<String> cells = new ArrayList<>();
        for (String part : s.text(start, s.end()).split("\\|")) {
            String cell = part.strip();
            if (cell.matches("[-\\s]*") || cell.isEmpty()) {
                continue;
            }
            for (String paragraph : cell.split("\n\\s*\n")) {
                if (!paragraph.isBlank()) {
                    cells.add(paragraph.strip());
                }
            }
        }
        int n = 1;
        for (int i = 0; i < cells.size(); i++) {
            boolean position = i + 1 < cells.size() && cells.get(i + 1).startsWith("-");
            units.add(new Unit("состав, строка " + n++, position ? cells.get(i) + " | " + cells.get(++i) : cells.get(i)));
        }
    }

    /** Walks the printed text and the seed's units together; a unit not found where it should be is a difference. */
    private static List<String> compare(List<Unit> units, String printed) {
        List<String> differences = new ArrayList<>();
        int at = 0;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            String want = compact(unit.seedText().replace(" | ", " "));
            at = skipHeaders(printed, at, unit.headers());
            if (printed.startsWith(want, at)) {
                at += want.length();
                continue;
            }
            int next = -1;
            for (int k = u + 1; k < units.size() && next < 0; k++) {
                String following = compact(units.get(k).seedText().replace(" | ", " "));
                int found = following.isEmpty() ? -1 : printed.indexOf(following, at);
                next = found >= 0 && found - at < Math.max(4000, 3 * want.length()) ? found : -1;
            }
            String got = next >= 0 ? printed.substring(at, next) : printed.substring(at, Math.min(printed.length(), at + want.length() + 40));
            differences.add(unit.label() + "\n  в акте:      " + unit.seedText().replaceAll("\\s+", " ") + "\n  напечатано:  " + got);
            if (next >= 0) {
                at = next;
            }
        }
        if (at < printed.length()) {
            differences.add("напечатано после всех приложений акта: " + printed.substring(at, Math.min(printed.length(), at + 300)));
        }
        return differences;
    }

    /** The column captions (and numbering row) a table repeats on each page it continues on. */
    private static int skipHeaders(String printed, int at, List<String> headers) {
        boolean skipped = true;
        while (skipped) {
            skipped = false;
            for (String h : headers) {
                String c = compact(h);
                if (!c.isEmpty() && printed.startsWith(c, at)) {
                    at += c.length();
                    skipped = true;
                }
            }
        }
        return at;
    }

    /** The seed with its listed defects put right; a listed defect the seed does not have fails. */
    private static String corrected(String seed) {
        String text = SeedText.resource(seed);
        for (Defect d : DEFECTS) {
            if (d.seed().equals(seed)) {
                boolean found = d.pattern() ? Pattern.compile(d.seedText()).matcher(text).find() : text.contains(d.seedText());
                assertTrue(found, seed + " no longer has the listed defect «" + d.seedText() + "» (" + d.reason() + ")");
                text = d.pattern() ? text.replaceAll(d.seedText(), d.actText()) : text.replace(d.seedText(), d.actText());
            }
        }
        return text;
    }

    /**
     * The text with what does not count taken out: all whitespace, and the hyphens inside words (a word hyphenated at
     * a line break reads as one). A superscript footnote number reads as the seeds write it, «<N>».
     */
    static String compact(String s) {
        String t = SUPERSCRIPT.matcher(s).replaceAll(m -> "<" + digits(m.group()) + ">");
        t = t.replaceAll("(?<=\\p{L})[-‐\u00AD]\\s*(?=\\p{L})", "");
        return t.replaceAll("[\\s\u00A0]+", "");
    }

    private static String digits(String superscripts) {
        StringBuilder sb = new StringBuilder();
        superscripts.chars().forEach(c -> sb.append("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
        return sb.toString();
    }

    private static boolean startsSentence(String cell) {
        return !cell.isEmpty() && Character.isUpperCase(cell.charAt(0));
    }

    private static boolean startsIndicator(String cell) {
        return startsSentence(cell) || cell.toLowerCase().startsWith("из них");
    }

    private static Path write(String name, byte[] pdf) throws Exception {
        Path file = Path.of("target/appendices/" + name + ".pdf");
        Files.write(file, pdf);
        return file;
    }

    private static String pdfText(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return text;
    }
}
