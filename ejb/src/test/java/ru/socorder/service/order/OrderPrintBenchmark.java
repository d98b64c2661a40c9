package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.socorder.service.HeapFigures.mb;
import static ru.socorder.service.HeapFigures.poolPeaks;
import static ru.socorder.service.HeapFigures.resetPeaks;
import static ru.socorder.service.HeapFigures.usedAfterGc;

import com.lowagie.text.pdf.PdfReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.socorder.model.order.Volumes;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.service.order.OrderSheet.Authority;
import ru.socorder.service.order.OrderSheet.Line;
import ru.socorder.service.order.OrderSheet.Period;
import ru.socorder.service.order.OrderSheet.Quality;
import ru.socorder.service.order.OrderSheet.Volume;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.ReportEngine;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * How long and how much memory the printed form of a big order takes: 2 000 lines × 3 years, two quality indicators
 * per line. Not a timed test: it prints its figures. Tagged {@code bench}, which normal runs exclude; run it with
 * {@code mvn -pl ejb test -Pbench}.
 */
@Tag("bench")
class OrderPrintBenchmark {
    private static final int LINES = 2_000;
    private static final String[] CONTENT = {"техническая", "естественнонаучная", "физкультурно-спортивная", "художественная",
            "туристско-краеведческая", "социально-гуманитарная"};
    private static final String[] NUMBER = {"ББ52АЕ04000", "ББ52АЕ28000", "ББ52АЕ52000", "ББ52АЕ76000", "ББ52АЖ00000", "ББ52АЖ24000"};

    @Test
    void aBigOrderIsPrintedAsPdfAndXlsx() throws Exception {
        OrderSheet s = big();
        long base = usedAfterGc();
        ReportEngine engine = new ReportEngine();

        long t0 = System.nanoTime();
        List<String> templates = OrderPrinter.form(s).stream().map(ReportEngine.Part::template).distinct().toList();
        templates.forEach(engine::template);
        long compileMs = ms(t0);

        List<Part> parts = OrderPrinter.form(s);
        int rows = parts.stream().mapToInt(p -> p.rows().size()).sum();
        // one print first, so that the application and bare Jasper below are both measured with a warm JIT
        long w = System.nanoTime();
        engine.export(engine.fill(parts), PrintFormat.PDF);
        long warmUpMs = ms(w);
        long withRows = usedAfterGc();

        resetPeaks();
        Sampler sampler = new Sampler();
        sampler.start();
        long t1 = System.nanoTime();
        List<JasperPrint> prints = engine.fill(parts);
        long fillMs = ms(t1);
        long filled = usedAfterGc();
        long t2 = System.nanoTime();
        byte[] pdf = engine.export(prints, PrintFormat.PDF);
        long exportMs = ms(t2);
        sampler.stop();
        long pdfPeakPools = poolPeaks();
        int filledPages = prints.stream().mapToInt(p -> p.getPages().size()).sum();
        prints = null;
        OrderPrinterTest.keep(pdf, "bench-" + OrderPrinter.fileName(s, "pdf"));
        int pages = new PdfReader(pdf).getNumberOfPages();
        long afterPdf = usedAfterGc();

        resetPeaks();
        Sampler xlsxSampler = new Sampler();
        xlsxSampler.start();
        long t3 = System.nanoTime();
        byte[] xlsx = OrderWorkbook.xlsx(s);
        long xlsxMs = ms(t3);
        xlsxSampler.stop();
        long xlsxPeakPools = poolPeaks();
        long afterXlsx = usedAfterGc();

        System.out.printf("%n=== OrderPrintBenchmark: %d lines × %d periods, %d quality rows; %d rows in %d parts ===%n",
                s.lines().size(), s.periods().size(), s.lines().stream().mapToInt(l -> l.quality().size()).sum(), rows, parts.size());
        System.out.printf("templates compiled      %,8d ms (%d templates, once per engine)%n", compileMs, templates.size());
        System.out.printf("first print (cold JIT)  %,8d ms, not counted below%n", warmUpMs);
        System.out.printf("PDF fill                %,8d ms%n", fillMs);
        System.out.printf("PDF export              %,8d ms%n", exportMs);
        System.out.printf("PDF fill+export         %,8d ms, %,d pages, %,d bytes%n", fillMs + exportMs, pages, pdf.length);
        System.out.printf("XLSX                    %,8d ms, %,d bytes%n", xlsxMs, xlsx.length);
        System.out.printf("heap after GC: start %s, with parts %s, filled document held %s, after PDF %s, after XLSX %s%n",
                mb(base), mb(withRows), mb(filled), mb(afterPdf), mb(afterXlsx));
        System.out.printf("heap retained by the filled document: %s (%.1f KB per page)%n", mb(filled - withRows),
                (filled - withRows) / 1024.0 / Math.max(1, filledPages));
        System.out.printf("peak heap during PDF: sampled %s, pools' peaks %s; during XLSX: sampled %s, pools' peaks %s%n",
                mb(sampler.max.get()), mb(pdfPeakPools), mb(xlsxSampler.max.get()), mb(xlsxPeakPools));
        System.out.printf("max heap of this JVM: %s%n", mb(Runtime.getRuntime().maxMemory()));

        // bare JasperReports: the same compiled templates and rows, filled and exported with no application code around
        long b1 = System.nanoTime();
        List<JasperPrint> bare = new ArrayList<>();
        for (Part part : parts) {
            bare.add(net.sf.jasperreports.engine.JasperFillManager.fillReport(engine.template(part.template()),
                    new java.util.HashMap<>(part.parameters()), new net.sf.jasperreports.engine.data.JRMapCollectionDataSource(part.rows())));
        }
        long bareFillMs = ms(b1);
        long b2 = System.nanoTime();
        java.io.ByteArrayOutputStream bareOut = new java.io.ByteArrayOutputStream();
        net.sf.jasperreports.pdf.JRPdfExporter exporter = new net.sf.jasperreports.pdf.JRPdfExporter();
        exporter.setExporterInput(net.sf.jasperreports.export.SimpleExporterInput.getInstance(bare));
        exporter.setExporterOutput(new net.sf.jasperreports.export.SimpleOutputStreamExporterOutput(bareOut));
        exporter.exportReport();
        long bareExportMs = ms(b2);
        System.out.printf("bare Jasper fill        %,8d ms, export %,d ms, together %,d ms, %,d bytes%n", bareFillMs, bareExportMs,
                bareFillMs + bareExportMs, bareOut.size());
        System.out.printf("application / bare Jasper: %.2f (the application adds the rows' read model and the page numbering)%n%n",
                (double) (fillMs + exportMs) / Math.max(1, bareFillMs + bareExportMs));

        assertEquals(filledPages, pages);
        assertTrue(pdf.length > 0 && xlsx.length > 0);
    }

    /** A municipal order with {@value #LINES} lines: the six Luga services in turn, 3 years, two quality indicators each. */
    static OrderSheet big() {
        List<Period> periods = List.of(new Period(2024, PlanningPeriod.Kind.FISCAL, "на 2024 год (на очередной финансовый год)"),
                new Period(2025, PlanningPeriod.Kind.PLAN1, "на 2025 год (на 1-й год планового периода)"),
                new Period(2026, PlanningPeriod.Kind.PLAN2, "на 2026 год (на 2-й год планового периода)"));
        List<Line> lines = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            List<Volume> volumes = new ArrayList<>();
            List<Quality> quality = new ArrayList<>();
            for (int year = 2024; year <= 2026; year++) {
                BigDecimal total = BigDecimal.valueOf(1_000 + (i * 37L) % 20_000 + (year - 2024) * 500L).setScale(4);
                BigDecimal certificates = total.divide(BigDecimal.valueOf(4)).setScale(4);
                volumes.add(new Volume(year, Volumes.of(total, BigDecimal.ZERO.setScale(4), total.subtract(certificates),
                        BigDecimal.ZERO.setScale(4), certificates)));
                quality.add(new Quality(year, "Доля детей, осваивающих дополнительные общеразвивающие программы, от общего числа детей "
                        + "в возрасте от 5 до 18 лет", "Процент", "744", "%", new BigDecimal("85.5"), BigDecimal.TEN, true));
                quality.add(new Quality(year, "Число обучающихся, завершивших обучение по программе", "Человек", "792", "чел.",
                        BigDecimal.valueOf(120 + i % 50), BigDecimal.valueOf(5), false));
            }
            lines.add(new Line(i + 1, "804200О.99.0." + NUMBER[i % NUMBER.length], "Реализация дополнительных общеразвивающих программ",
                    CONTENT[i % CONTENT.length], "Очная", "Физические лица", 2024,
                    "Лужский муниципальный район, учреждение № " + (i + 1), "Количество человеко-часов", "Человеко-час", "539",
                    new BigDecimal("169.55"), i % 3 == 0 ? null : "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
                    volumes, quality));
        }
        Authority authority = new Authority("Администрация Лужского муниципального района Ленинградской области",
                "Администрация Лужского муниципального района", "4710001013", "471001001", "04031230", "901", "41633000",
                "Глава администрации Лужского муниципального района", "Ю.В. Намлиев");
        return new OrderSheet(1, 1, "APPROVED", "первичный",
                "Муниципальный социальный заказ на оказание муниципальных услуг в социальной сфере на 2024 год и на плановый период 2025–2026 годов",
                LocalDate.of(2024, 1, 1), 2024, null, authority, "Бюджет Лужского муниципального района",
                "Реализация дополнительных общеразвивающих программ",
                new OrderSheet.Approval(authority.headPosition(), authority.headName(), LocalDate.of(2024, 1, 15)), periods, lines);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Samples the used heap (garbage included) every 5 ms and keeps the maximum. */
    private static final class Sampler implements Runnable {
        final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                max.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
