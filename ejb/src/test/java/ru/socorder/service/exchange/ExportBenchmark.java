package ru.socorder.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.socorder.service.HeapFigures.mb;
import static ru.socorder.service.HeapFigures.poolPeaks;
import static ru.socorder.service.HeapFigures.resetPeaks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.socorder.service.HeapFigures;

/**
 * Time and heap of a 100 000-row directory export (executor-like rows, 14 columns, one in 50 names formula-like):
 * streamed — rows read page by page while the file goes straight to the output, SXSSF window — against the former
 * way — every row gathered in a list, the whole file in a byte array. Not a timed test: it prints its figures.
 * Tagged {@code bench}; run it with {@code mvn -pl ejb test -Pbench}.
 */
@Tag("bench")
class ExportBenchmark {
    private static final int ROWS = 100_000;
    private static final int PAGE = 500;

    record Row(String type, String fullName, String shortName, String inn, String kpp, String ogrn, String snils, String oktmo,
               String address, String head, String phone, String email, boolean nonProfit, boolean support) {
    }

    private static final List<TableWriter.Column<Row>> COLUMNS = List.of(
            new TableWriter.Column<>("Тип", Row::type), new TableWriter.Column<>("Полное наименование", Row::fullName),
            new TableWriter.Column<>("Краткое наименование", Row::shortName), new TableWriter.Column<>("ИНН", Row::inn),
            new TableWriter.Column<>("КПП", Row::kpp), new TableWriter.Column<>("ОГРН", Row::ogrn),
            new TableWriter.Column<>("СНИЛС", Row::snils), new TableWriter.Column<>("ОКТМО", Row::oktmo),
            new TableWriter.Column<>("Адрес", Row::address), new TableWriter.Column<>("Руководитель", Row::head),
            new TableWriter.Column<>("Телефон", Row::phone), new TableWriter.Column<>("Email", Row::email),
            new TableWriter.Column<>("Некоммерческая", Row::nonProfit), new TableWriter.Column<>("Господдержка", Row::support));

    /** One page as a database read would give it: new objects every time. */
    private static List<Row> page(int first, int size) {
        List<Row> rows = new ArrayList<>(size);
        for (int i = first; i < Math.min(ROWS, first + size); i++) {
            rows.add(new Row("NGO", (i % 50 == 0 ? "=HYPERLINK(\"http://x\";\"" : "") + "Автономная некоммерческая организация «Центр № " + i + "»",
                    "АНО «Центр № " + i + "»", String.format("66%08d", i), "660101001", String.format("1026600%06d", i), null,
                    "41633000", "188230, Ленинградская обл., г. Луга, ул. Набережная, д. " + i, "Иванов Иван Иванович",
                    "+7 (81372) 2-" + (i % 100) + "-00", "centre" + i + "@example.ru", true, i % 3 == 0));
        }
        return rows;
    }

    /** Counts the bytes and throws them away, as a response to a fast client would. */
    private static final class Sink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void aHundredThousandRowsAreExportedWithAFlatHeap() throws Exception {
        warmUp();
        System.out.printf("%nexport of %,d rows × %d columns (max heap of this JVM %s)%n", ROWS, COLUMNS.size(), mb(Runtime.getRuntime().maxMemory()));
        for (String format : List.of("xlsx", "csv")) {
            long base = liveHeap();
            resetPeaks();
            long t = System.nanoTime();
            Sink sink = new Sink();
            TableWriter.write(format, "executors", COLUMNS, TableWriter.paged(ExportBenchmark::page, PAGE)).body().writeTo(sink);
            long ms = (System.nanoTime() - t) / 1_000_000;
            long peak = poolPeaks();
            Probe probe = new Probe();
            TableWriter.write(format, "executors", COLUMNS, TableWriter.paged(probe::page, PAGE)).body().writeTo(new Sink());
            System.out.printf("streamed %-4s %,7d ms, %,11d bytes; heap pools' peak %s; live heap while writing: at start %s, max %s, at end %s%n",
                    format, ms, sink.bytes, mb(peak), mb(probe.first - base), mb(probe.max - base), mb(probe.last - base));
            assertTrue(sink.bytes > ROWS * 50L);
            assertTrue(probe.max - base < 64L * 1024 * 1024, "the live heap stays flat: " + mb(probe.max - base));
        }
        long base = liveHeap();
        resetPeaks();
        long t = System.nanoTime();
        List<Row> all = new ArrayList<>();
        for (int first = 0; first < ROWS; first += PAGE) {
            all.addAll(page(first, PAGE));
        }
        byte[] gathered = TableWriter.xlsx("executors", COLUMNS, all);
        long ms = (System.nanoTime() - t) / 1_000_000;
        long peak = poolPeaks();
        long held = liveHeap() - base;
        System.out.printf("gathered xlsx %,7d ms, %,11d bytes; heap pools' peak %s; live heap at the end (rows + file) %s%n%n",
                ms, gathered.length, mb(peak), mb(held));
        assertEquals(ROWS, all.size());
    }

    private static void warmUp() throws IOException {
        TableWriter.write("xlsx", "w", COLUMNS, page(0, 5_000)).body().writeTo(new ByteArrayOutputStream());
        TableWriter.write("csv", "w", COLUMNS, page(0, 5_000)).body().writeTo(new ByteArrayOutputStream());
    }

    /** Reads pages like {@link #page} and measures the live heap (after a full GC) every 20 pages. */
    private static final class Probe {
        long first;
        long max;
        long last;
        private int pages;

        List<Row> page(int first, int size) {
            if (pages++ % 20 == 0 || first + size >= ROWS) {
                long live = liveHeap();
                this.first = this.first == 0 ? live : this.first;
                max = Math.max(max, live);
                last = live;
            }
            return ExportBenchmark.page(first, size);
        }
    }

    private static long liveHeap() {
        try {
            return HeapFigures.usedAfterGc();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
