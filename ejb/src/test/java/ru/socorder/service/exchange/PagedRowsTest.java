package ru.socorder.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link TableWriter#paged}: pages are read one at a time, as the writer goes, and only as far as there are rows. */
class PagedRowsTest {
    @Test
    void pagesAreReadLazilyUntilAShortPage() {
        List<String> reads = new ArrayList<>();
        Iterable<Integer> rows = TableWriter.paged((first, size) -> {
            reads.add(first + "+" + size);
            return IntStream.range(first, Math.min(1050, first + size)).boxed().toList();
        }, 500);
        var it = rows.iterator();
        assertEquals(0, it.next());
        assertEquals(List.of("0+500"), reads, "the second page is not read before the first is written");
        int n = 1;
        while (it.hasNext()) {
            assertEquals(n++, it.next());
        }
        assertEquals(1050, n);
        assertEquals(List.of("0+500", "500+500", "1000+500"), reads);
    }

    @Test
    void aListOfWholePagesEndsWithOneEmptyRead() {
        List<String> reads = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        TableWriter.paged((first, size) -> {
            reads.add(first + "+" + size);
            return IntStream.range(first, Math.min(4, first + size)).boxed().toList();
        }, 2).forEach(all::add);
        assertEquals(List.of(0, 1, 2, 3), all);
        assertEquals(List.of("0+2", "2+2", "4+2"), reads);
    }

    @Test
    void theCsvIsWrittenRowByRowWithTheFormulaGuard() {
        String csv = new String(TableWriter.write("csv", "x", List.of(new TableWriter.Column<String>("Имя", s -> s)),
                TableWriter.paged((first, size) -> first == 0 ? List.of("=1+2", "обычный") : List.of(), 2)).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("\uFEFFИмя\r\n\"'=1+2\"\r\nобычный\r\n", csv);
    }
}
