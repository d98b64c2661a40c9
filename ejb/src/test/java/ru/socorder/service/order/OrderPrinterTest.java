package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.socorder.model.order.Volumes;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.catalog.OrderFormCode;
import ru.socorder.model.catalog.OrderFormOptions;
import ru.socorder.service.order.OrderSheet.Approval;
import ru.socorder.service.order.OrderSheet.Authority;
import ru.socorder.service.order.OrderSheet.Line;
import ru.socorder.service.order.OrderSheet.Period;
import ru.socorder.service.order.OrderSheet.Quality;
import ru.socorder.service.order.OrderSheet.Volume;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.ReportEngine;

public class OrderPrinterTest {
    static final String TECHNICAL = "804200О.99.0.ББ52АЕ04000";
    static final String ARTS = "804200О.99.0.ББ52АЕ76000";
    private static final String DOP = "Реализация дополнительных общеразвивающих программ";
    private static ReportEngine engine;

    @BeforeAll
    static void engine() {
        engine = new ReportEngine();
    }

    @Test
    void thePdfHasTheHeaderTheFourSectionsAndPagesCountedOverTheWholeDocument() throws Exception {
        OrderSheet s = luga(true, true);
        byte[] pdf = engine.print(OrderPrinter.form(s), PrintFormat.PDF);
        keep(pdf, OrderPrinter.fileName(s, "pdf"));
        String layout = pdfText(pdf);
        String text = flat(layout);
        assertTrue(text.contains("УТВЕРЖДАЮ"), text);
        assertTrue(text.contains("Глава администрации Лужского муниципального района"), "the approver's position");
        assertTrue(text.contains("Ю.В. Намлиев"));
        assertTrue(text.contains("15.01.2024"), "the approval date");
        assertTrue(text.contains("Муниципальный социальный заказ на оказание муниципальных услуг в социальной сфере на 2024 год"));
        assertTrue(text.contains("на «01» января 2024 г."), "the date line with the month in the genitive");
        assertTrue(text.contains("Коды") && text.contains("по ОКПО") && text.contains("04031230") && text.contains("41633000"));
        assertTrue(text.contains("первичный, версия 1"));
        assertTrue(text.contains("I. Общие сведения о муниципальном социальном заказе на оказание муниципальных услуг в социальной "
                + "сфере в очередном финансовом году и плановом периоде, а также за пределами планового периода"), "section I");
        assertTrue(text.contains("II. Сведения об объеме оказания муниципальной услуги в социальной сфере (муниципальных услуг в "
                + "социальной сфере, составляющих укрупненную муниципальную услугу)"), "section II");
        assertTrue(text.contains("III. Сведения о показателях, характеризующих качество оказания муниципальной услуги"), "section III");
        assertTrue(text.contains("IV. Сведения о фактических показателях, характеризующих объем и качество оказания муниципальной "
                + "услуги"), "section IV: the actual figures, not the act setting the standard (that is the state assignment's)");
        assertTrue(text.contains(OrderFormText.NO_ACTUALS), "no report on the execution yet");
        assertFalse(text.contains("устанавливающий стандарт"), "no standard-setting act in the order form");
        assertTrue(text.contains("Общие сведения о муниципальном социальном заказе на 2025 год (на 1-й год планового периода)"));
        assertFalse(text.contains("государствен"), "a municipal order speaks of municipal services only: " + text);
        List<String> cells = cells(OrderPrinter.form(s));
        assertTrue(cells.contains("Наименование муниципальной услуги (укрупненной муниципальной услуги)"), "column captions follow the level");
        assertTrue(cells.contains("казенными учреждениями на основании муниципального задания"), cells.toString());
        assertTrue(cells.stream().noneMatch(c -> c.contains("{{")), "every caption's word given");
        assertTrue(cells.contains("код по ОКЕИ") && cells.contains("539") && !text.contains("Человеко-час (539)"),
                "the unit's name and code in columns of their own");
        assertFalse(text.contains("ПРОЕКТ"), "an approved order is not a draft");
        assertTrue(cells.contains(DOP + " (техническая)") && cells.contains(DOP + " (художественная)"),
                "section I tells two lines of the same service apart by their content");
        assertTrue(layout.contains(TECHNICAL), "the registry number on one line, Cyrillic О and Б kept");
        assertTrue(text.contains("12 000"), "volumes grouped by thousands");
        assertFalse(text.contains("12000"), "no ungrouped volumes");
        assertTrue(text.contains("Итого"), "one unit in all lines: totals");
        assertTrue(text.contains("30 000") && text.contains("22 500") && text.contains("7 500"), "the totals 12 000 + 18 000 and their split");
        assertTrue(text.contains("10 %"), "the permitted deviation of the quality indicator");

        int pages = layout.split("\f", -1).length - 1;
        assertTrue(pages >= 4, "the four sections start on pages of their own (the header opens section I): " + pages);
        assertTrue(text.contains("стр. 1 из " + pages), "page 1 of " + pages);
        assertTrue(text.contains("стр. 2 из " + pages), "the next part continues the numbering of the first");
        assertTrue(text.contains("стр. " + pages + " из " + pages));
        assertFalse(text.contains("стр. " + (pages + 1) + " "), "no page beyond the count");
    }

    @Test
    void aDraftIsMarkedOnEveryPageAndHasNoApproval() throws Exception {
        OrderSheet s = luga(false, false);
        byte[] pdf = engine.print(OrderPrinter.form(s), PrintFormat.PDF);
        keep(pdf, "draft-" + OrderPrinter.fileName(s, "pdf"));
        String layout = pdfText(pdf);
        String[] pages = layout.split("\f");
        for (int i = 0; i < pages.length; i++) {
            if (!pages[i].isBlank()) {
                assertTrue(pages[i].contains("ПРОЕКТ"), "page " + (i + 1) + " of a draft says «ПРОЕКТ»: " + pages[i]);
            }
        }
        String text = flat(layout);
        assertFalse(text.contains("УТВЕРЖДАЮ"), "nobody has approved a draft");
        assertFalse(text.contains("Намлиев"), "not approved yet: nobody's name");
        assertFalse(text.contains("15.01.2024"), "no date of approval");
        assertTrue(text.contains("на «01» января 2024 г."), "the date the order is drawn up as of stays");
    }

    @Test
    void aServiceWithoutQualityIndicatorsKeepsItsRowInSectionIII() throws Exception {
        OrderSheet s = luga(true, true); // the arts line has no indicators
        String text = flat(pdfText(engine.print(OrderPrinter.form(s), PrintFormat.PDF)));
        String sectionIII = text.substring(text.indexOf("III. Сведения о показателях"), text.indexOf("IV. Сведения о фактических"));
        assertTrue(sectionIII.contains(ARTS), "the arts service is listed in section III: " + sectionIII);
        assertTrue(sectionIII.contains(OrderFormText.NONE_SET), sectionIII);
        assertTrue(sectionIII.contains(TECHNICAL) && sectionIII.contains("10 %"));
    }

    @Test
    void aRegionsOrderSpeaksOfStateServicesOnly() throws Exception {
        OrderSheet luga = luga(true, true);
        Authority a = luga.authority();
        Authority ministry = new Authority("Министерство культуры и туризма Калужской области", "Минкультуры и туризма Калужской области",
                a.inn(), a.kpp(), "02107851", "818", "29000000", "Министр культуры и туризма Калужской области", "П.А. Суслов", true);
        List<Line> lines = luga.lines().stream().map(l -> new Line(l.no(), l.registryNumber(), l.serviceName(), l.content(),
                l.conditions(), l.consumerCategory(), l.determinationYear(), "Калужская область", l.volumeIndicator(), l.unitName(),
                l.unitCode(), l.normativeCost(), l.standardAct(), l.volumes(), l.quality())).toList();
        OrderSheet kaluga = new OrderSheet(8, 1, "APPROVED", "первичный", "государственный социальный заказ на оказание государственных "
                + "услуг в социальной сфере на 2024 год и на плановый период 2025–2026 годов", LocalDate.of(2024, 1, 1), 2024, null, ministry,
                "Областной бюджет Калужской области", "Организация и осуществление туризма",
                new Approval(ministry.headPosition(), ministry.headName(), LocalDate.of(2024, 1, 20)), luga.periods(), lines);
        byte[] pdf = engine.print(OrderPrinter.form(kaluga), PrintFormat.PDF);
        keep(pdf, "state-" + OrderPrinter.fileName(kaluga, "pdf"));
        String text = flat(pdfText(pdf));
        assertFalse(text.contains("муниципальн"), "a region's order has no municipal words: " + text);
        assertTrue(text.contains("I. Общие сведения о государственном социальном заказе на оказание государственных услуг"));
        List<String> cells = cells(OrderPrinter.form(kaluga));
        assertTrue(cells.contains("Наименование государственной услуги (укрупненной государственной услуги)"), cells.toString());
        assertTrue(cells.contains("бюджетными и автономными учреждениями на основании государственного задания"));
        assertTrue(text.contains("составляющих укрупненную государственную услугу"));
        assertTrue(text.contains("УТВЕРЖДАЮ") && text.contains("П.А. Суслов") && text.contains("20.01.2024"));

        OrderSheet draft = new OrderSheet(kaluga.id(), 2, "UNDER_APPROVAL", "изменённый", kaluga.title(), kaluga.asOfDate(),
                kaluga.fiscalYear(), null, ministry, kaluga.budgetName(), kaluga.direction(), null, kaluga.periods(), lines);
        String draftText = flat(pdfText(engine.print(OrderPrinter.form(draft), PrintFormat.PDF)));
        assertTrue(draftText.contains("ПРОЕКТ") && !draftText.contains("УТВЕРЖДАЮ") && !draftText.contains("Суслов"),
                "a region's amendment under approval is a draft too");
        assertFalse(draftText.contains("муниципальн"));
    }

    @Test
    void thePeriodBeyondThePlanHasItsOwnTableAndItsYears() throws Exception {
        OrderSheet s = luga(true, true);
        List<Period> periods = new ArrayList<>(s.periods());
        periods.add(new Period(2027, PlanningPeriod.Kind.BEYOND, "на срок оказания услуг за пределами планового периода (2027–2030 годы)"));
        List<Line> lines = new ArrayList<>();
        for (Line l : s.lines()) {
            List<Volume> volumes = new ArrayList<>(l.volumes());
            volumes.add(new Volume(2027, Volumes.of(new BigDecimal("1250.5"), BigDecimal.ZERO, new BigDecimal("1000.5"),
                    BigDecimal.ZERO, new BigDecimal("250"))));
            lines.add(new Line(l.no(), l.registryNumber(), l.serviceName(), l.content(), l.conditions(), l.consumerCategory(),
                    l.determinationYear(), l.place(), l.volumeIndicator(), l.unitName(), l.unitCode(), l.normativeCost(),
                    l.standardAct(), volumes, l.quality()));
        }
        OrderSheet beyond = new OrderSheet(s.id(), 2, s.status(), "изменённый", s.title(), s.asOfDate(), s.fiscalYear(), 2030,
                s.authority(), s.budgetName(), s.direction(), s.approval(), periods, lines);
        String layout = pdfText(engine.print(OrderPrinter.form(beyond), PrintFormat.PDF));
        String text = flat(layout);
        assertTrue(text.contains("4. Общие сведения о муниципальном социальном заказе на срок оказания услуг "
                + "за пределами планового периода (2027–2030 годы)"), text);
        assertTrue(layout.contains("2027–2030"), "the period of section II");
        assertTrue(text.contains("1 250,5") && text.contains("2 501"), "a decimal volume and the total of the period");
        assertTrue(text.contains("изменённый, версия 2"));
    }

    @Test
    void linesInDifferentUnitsAreNotAddedUpAndTheFormSaysSo() throws Exception {
        OrderSheet s = luga(true, true);
        List<Line> lines = new ArrayList<>(s.lines());
        Line arts = lines.get(1);
        lines.set(1, new Line(arts.no(), arts.registryNumber(), arts.serviceName(), arts.content(), arts.conditions(),
                arts.consumerCategory(), arts.determinationYear(), arts.place(), "Число обучающихся", "Человек", "792",
                arts.normativeCost(), arts.standardAct(), arts.volumes(), arts.quality()));
        OrderSheet mixed = new OrderSheet(s.id(), s.versionNumber(), s.status(), s.kind(), s.title(), s.asOfDate(), s.fiscalYear(),
                s.beyondPlanUntil(), s.authority(), s.budgetName(), s.direction(), s.approval(), s.periods(), lines);
        String text = flat(pdfText(engine.print(OrderPrinter.form(mixed), PrintFormat.PDF)));
        assertTrue(text.contains("Итого " + OrderTotals.MIXED_UNITS), text);
        assertFalse(text.contains("30 000"), "no sum of человеко-часы and человеки");
        assertFalse(flat(pdfText(engine.print(OrderPrinter.form(s), PrintFormat.PDF))).contains(OrderTotals.MIXED_UNITS),
                "one unit: a sum, no note");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(OrderWorkbook.xlsx(mixed)))) {
            Sheet first = wb.getSheet("Раздел I");
            assertTrue(OrderWorkbookTest.columnOf(first, OrderTotals.MIXED_UNITS) == 1, "the workbook says it beside «Итого»");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(OrderWorkbook.xlsx(s)))) {
            assertEquals(-1, OrderWorkbookTest.columnOf(wb.getSheet("Раздел I"), OrderTotals.MIXED_UNITS));
            assertTrue(OrderWorkbookTest.columnOf(wb.getSheet("Раздел I"), "Итого") == 0);
        }
    }

    @Test
    void theTerritorysActSetsTheUnverifiedPartsOfTheForm() throws Exception {
        OrderSheet byDefault = luga(true, true);
        List<String> plain = cells(OrderPrinter.form(byDefault));
        assertTrue(plain.containsAll(List.of("Дата", "по ОКПО", "Глава БК", "по ОКТМО", "УТВЕРЖДАЮ")), "the form as printed so far");
        assertFalse(plain.contains("Форма по ОКУД") || plain.contains("Срок оказания муниципальной услуги"));
        assertEquals(1, java.util.Collections.frequency(plain, "Уполномоченный орган"), "the header's line only, no column");
        assertTrue(plain.contains("Значение фактического показателя, характеризующего объем"), "section IV with its volume columns");

        OrderFormOptions options = new OrderFormOptions(false, List.of(OrderFormCode.OKUD, OrderFormCode.DATE, OrderFormCode.OKTMO),
                "0506601", true, true, false);
        OrderSheet s = new OrderSheet(byDefault.id(), byDefault.versionNumber(), byDefault.status(), byDefault.kind(), byDefault.title(),
                byDefault.asOfDate(), byDefault.fiscalYear(), byDefault.beyondPlanUntil(), byDefault.authority().withForm(options),
                byDefault.budgetName(), byDefault.direction(), byDefault.approval(), byDefault.periods(), byDefault.lines());
        byte[] pdf = engine.print(OrderPrinter.form(s), PrintFormat.PDF);
        keep(pdf, "options-" + OrderPrinter.fileName(s, "pdf"));
        List<String> cells = cells(OrderPrinter.form(s));
        assertFalse(cells.contains("УТВЕРЖДАЮ"), "an act without the approval block prints none, approved or not");
        assertTrue(cells.containsAll(List.of("Форма по ОКУД", "0506601", "Дата", "15.01.2024", "по ОКТМО", "41633000")), cells.toString());
        assertFalse(cells.contains("по ОКПО") || cells.contains("Глава БК") || cells.contains("04031230"), "lines the act does not have");
        assertTrue(java.util.Collections.frequency(cells, "Уполномоченный орган") > 1 && cells.contains("Срок оказания муниципальной услуги"),
                "section II's columns (besides the header's line)");
        assertTrue(cells.contains("Администрация Лужского муниципального района"), "the authority's short name in the column");
        assertTrue(cells.contains("2024–2026"), "the term: the years with a volume");
        assertFalse(cells.contains("Значение фактического показателя, характеризующего объем"), "section IV without its volume columns");
        String text = flat(pdfText(pdf));
        assertTrue(text.contains("Уполномоченный орган") && text.contains("Форма по ОКУД"), text);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(OrderWorkbook.xlsx(s)))) {
            assertEquals(5, OrderWorkbookTest.columnOf(wb.getSheet("Раздел II"), "Уполномоченный орган"), "the workbook has them too");
            assertEquals(6, OrderWorkbookTest.columnOf(wb.getSheet("Раздел II"), "Срок оказания муниципальной услуги"));
            assertEquals(0, OrderWorkbookTest.columnOf(wb.getSheet("Раздел I"), "Форма по ОКУД"));
            assertEquals(-1, OrderWorkbookTest.columnOf(wb.getSheet("Раздел I"), "Глава БК"));
            assertEquals(-1, OrderWorkbookTest.columnOf(wb.getSheet("Раздел IV"), "Значение фактического показателя объема"));
        }
        assertEquals("2025", OrderFormText.term(new Line(1, TECHNICAL, DOP, null, null, null, null, null, null, null, null, null, null,
                List.of(new Volume(2024, Volumes.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)),
                        new Volume(2025, Volumes.of(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))),
                List.of())), "a year without volume is not in the term");
    }

    @Test
    void theFormWritesItsDateDeviationsInTheUnitsShortNameAndFileNames() {
        assertEquals("на «01» января 2024 г.", OrderFormText.asOf(LocalDate.of(2024, 1, 1)));
        assertEquals("на «28» февраля 2025 г.", OrderFormText.asOf(LocalDate.of(2025, 2, 28)));
        assertEquals("на «___» ____________ 20___ г.", OrderFormText.asOf(null), "blanks to fill by hand");
        assertEquals("5\u00A0чел.", OrderFormText.deviation(new Quality(2024, "Число", "Человек", "792", "чел.", BigDecimal.TEN,
                new BigDecimal("5"), false)), "the short name as the catalogue has it");
        assertEquals("1\u00A0500\u00A0мест", OrderFormText.deviation(new Quality(2024, "Места", "Место", "698", "мест", BigDecimal.TEN,
                new BigDecimal("1500.0000"), false)), "grouped, no trailing zeros");
        assertEquals("7,5\u00A0%", OrderFormText.deviation(new Quality(2024, "Доля", "Человек", "792", "чел.", BigDecimal.TEN,
                new BigDecimal("7.50"), true)), "a deviation in per cent whatever the unit");
        assertEquals("2\u00A0штука", OrderFormText.deviation(new Quality(2024, "Число", "Штука", "796", null, BigDecimal.TEN,
                new BigDecimal("2"), false)), "no short name in the catalogue: the unit's name");
        assertEquals("2\u00A0", OrderFormText.deviation(new Quality(2024, "Число", null, null, null, BigDecimal.TEN,
                new BigDecimal("2"), false)), "no unit at all");
        assertEquals("—", OrderFormText.deviation(new Quality(2024, "Число", "Человек", "792", "чел.", BigDecimal.TEN, null, false)));
        assertEquals("social-order-2024-v1.pdf", OrderPrinter.fileName(luga(true, true), "pdf"));
        assertEquals("social-order-2024-v1.xlsx", OrderPrinter.fileName(luga(true, true), ".xlsx"));
    }

    /** The Luga order of 2024: 2 lines (technical, arts) × 3 years, the first with a quality indicator and a standard act. */
    static OrderSheet luga(boolean approved, boolean withQuality) {
        List<Period> periods = List.of(new Period(2024, PlanningPeriod.Kind.FISCAL, "на 2024 год (на очередной финансовый год)"),
                new Period(2025, PlanningPeriod.Kind.PLAN1, "на 2025 год (на 1-й год планового периода)"),
                new Period(2026, PlanningPeriod.Kind.PLAN2, "на 2026 год (на 2-й год планового периода)"));
        List<Quality> quality = new ArrayList<>();
        if (withQuality) {
            for (int year = 2024; year <= 2026; year++) {
                quality.add(new Quality(year, "Доля детей, осваивающих дополнительные общеразвивающие программы, от общего числа детей "
                        + "в возрасте от 5 до 18 лет", "Процент", "744", "%", new BigDecimal("85.0000"), new BigDecimal("10.0000"), true));
            }
        }
        Line technical = new Line(1, TECHNICAL, DOP, "техническая", "Очная", "Физические лица", 2024, "Лужский муниципальный район",
                "Количество человеко-часов", "Человеко-час", "539", new BigDecimal("169.55"),
                "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»; приказ Минпросвещения России "
                        + "от 27.07.2022 № 629 «Об утверждении Порядка организации и осуществления образовательной деятельности "
                        + "по дополнительным общеобразовательным программам»",
                years("12000", "0", "9000", "0", "3000"), List.copyOf(quality));
        Line arts = new Line(2, ARTS, DOP, "художественная", "Очная", "Физические лица", 2024, "Лужский муниципальный район",
                "Количество человеко-часов", "Человеко-час", "539", new BigDecimal("169.55"), null,
                years("18000", "0", "13500", "0", "4500"), List.of());
        Authority authority = new Authority("Администрация Лужского муниципального района Ленинградской области",
                "Администрация Лужского муниципального района", "4710001013", "471001001", "04031230", "901", "41633000",
                "Глава администрации Лужского муниципального района", "Ю.В. Намлиев");
        Approval approval = approved ? new Approval(authority.headPosition(), authority.headName(), LocalDate.of(2024, 1, 15)) : null;
        return new OrderSheet(7, 1, approved ? "APPROVED" : "DRAFT", "первичный",
                "муниципальный социальный заказ на оказание муниципальных услуг в социальной сфере на 2024 год и на плановый период 2025–2026 годов",
                LocalDate.of(2024, 1, 1), 2024, null, authority, "Бюджет Лужского муниципального района",
                "Реализация дополнительных общеразвивающих программ", approval, periods, List.of(technical, arts));
    }

    private static List<Volume> years(String total, String treasury, String budgetAutonomous, String competition, String certificates) {
        List<Volume> v = new ArrayList<>();
        for (int year = 2024; year <= 2026; year++) {
            v.add(new Volume(year, Volumes.of(new BigDecimal(total).setScale(4), new BigDecimal(treasury).setScale(4),
                    new BigDecimal(budgetAutonomous).setScale(4), new BigDecimal(competition).setScale(4),
                    new BigDecimal(certificates).setScale(4))));
        }
        return v;
    }

    /** The text of every cell of the filled form (captions whole, however the PDF lays them out in lines). */
    static List<String> cells(List<ru.socorder.service.reporting.ReportEngine.Part> parts) {
        List<String> out = new ArrayList<>();
        for (net.sf.jasperreports.engine.JasperPrint print : engine.fill(parts)) {
            for (net.sf.jasperreports.engine.JRPrintPage page : print.getPages()) {
                collect(page.getElements(), out);
            }
        }
        return out;
    }

    private static void collect(List<net.sf.jasperreports.engine.JRPrintElement> elements, List<String> out) {
        for (net.sf.jasperreports.engine.JRPrintElement e : elements) {
            if (e instanceof net.sf.jasperreports.engine.JRPrintFrame f) {
                collect(f.getElements(), out);
            } else if (e instanceof net.sf.jasperreports.engine.JRPrintText t && t.getFullText() != null) {
                out.add(t.getFullText());
            }
        }
    }

    /** Keeps the file under target/order-form for a look (pdftoppm, Excel). */
    static void keep(byte[] content, String name) throws IOException {
        Path dir = Path.of("target", "order-form");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    /** All whitespace (no-break spaces, line and page breaks) folded into single spaces. */
    public static String flat(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /** Text of a PDF as {@code pdftotext -layout} extracts it ({@link ru.socorder.service.reporting.PdfText}). */
    public static String pdfText(byte[] pdf) throws Exception {
        return ru.socorder.service.reporting.PdfText.of(pdf);
    }
}
