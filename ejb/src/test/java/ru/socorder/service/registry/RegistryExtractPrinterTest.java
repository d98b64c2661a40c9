package ru.socorder.service.registry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.socorder.service.reporting.PdfText;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.ReportEngine;

class RegistryExtractPrinterTest {
    private static ReportEngine engine;

    @BeforeAll
    static void engine() {
        engine = new ReportEngine();
    }

    private static RegistryExtract.Row row(int number, String name, String status, LocalDate changed, String reason) {
        return new RegistryExtract.Row(number, name, "4710012345", "471001001", "1024701234567", "г. Луга, пр. Кирова, д. 1",
                LocalDate.of(2024, 2, 1), status, changed, reason,
                List.of(new RegistryExtract.ServiceLine("804200О.99.0.ББ52АЕ04000", "Реализация дополнительных общеразвивающих программ")),
                List.of(new RegistryExtract.ProgrammeLine("Робототехника", "804200О.99.0.ББ52АЕ04000", "сертифицирована",
                        new BigDecimal("72.00"), new BigDecimal("12207.600000"))));
    }

    /** Keeps the printed extract in {@code target/registry-extract} to be looked at (pdftoppm -png). */
    private static void keep(byte[] pdf, String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "registry-extract");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), pdf);
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theExtractAboutOneExecutorStatesItsEntry() throws Exception {
        RegistryExtract x = new RegistryExtract("Администрация Лужского муниципального района", LocalDate.of(2024, 3, 15),
                List.of(row(7, "АНО ДО «Перспектива»", "приостановлена", LocalDate.of(2024, 3, 1), "Предписание")));
        byte[] pdf = engine.print(List.of(RegistryExtractPrinter.entry(x)), PrintFormat.PDF);
        keep(pdf, "entry.pdf");
        String text = fold(PdfText.of(pdf));
        assertTrue(text.contains("Выписка из реестра исполнителей услуг в соответствии с социальным сертификатом"), text);
        assertTrue(text.contains("Администрация Лужского муниципального района"), text);
        assertTrue(text.contains("по состоянию на 15.03.2024"), text);
        assertTrue(text.contains("Номер реестровой записи 7"), text);
        assertTrue(text.contains("АНО ДО «Перспектива»"), text);
        assertTrue(text.contains("ИНН 4710012345 / КПП 471001001 / ОГРН 1024701234567"), text);
        assertTrue(text.contains("Дата включения в реестр 01.02.2024"), text);
        assertTrue(text.contains("01.03.2024: Предписание"), text);
        assertTrue(text.contains("804200О.99.0.ББ52АЕ04000 — Реализация дополнительных общеразвивающих программ"), text);
        assertTrue(text.contains("Робототехника (804200О.99.0.ББ52АЕ04000; сертифицирована; 72 ч; 12 207,60 руб.)"), text);
    }

    @Test
    void theWholeRegistryHasARowPerEntry() throws Exception {
        RegistryExtract x = new RegistryExtract("Администрация Лужского муниципального района", LocalDate.of(2024, 3, 15),
                List.of(row(1, "МАОУ ДО «Компьютерный центр»", "действует", null, null),
                        row(2, "АНО ДО «Перспектива»", "исключён из реестра", LocalDate.of(2024, 3, 1), "Лицензия аннулирована")));
        byte[] pdf = engine.print(List.of(RegistryExtractPrinter.registry(x)), PrintFormat.PDF);
        keep(pdf, "registry.pdf");
        String text = fold(PdfText.of(pdf));
        assertTrue(text.contains("Реестр исполнителей услуг в соответствии с социальным сертификатом"), text);
        assertTrue(text.contains("МАОУ ДО «Компьютерный центр»"), text);
        assertTrue(text.contains("2 АНО ДО «Перспектива»"), text);
        assertTrue(text.contains("исключён из реестра") && text.contains("Лицензия аннулирована"), text);
        assertTrue(text.contains("Записей: 2."), text);
        String empty = fold(PdfText.of(engine.print(List.of(RegistryExtractPrinter.registry(new RegistryExtract("Орган",
                LocalDate.of(2024, 3, 15), List.of()))), PrintFormat.PDF)));
        assertTrue(empty.contains("В реестре нет записей."), empty);
    }
}
