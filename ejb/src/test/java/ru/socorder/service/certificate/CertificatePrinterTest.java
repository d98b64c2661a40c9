package ru.socorder.service.certificate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.service.order.OrderPrinterTest;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.ReportEngine;

/** The printed certificate shows its three official sections; a contract appears in sections II and III. */
class CertificatePrinterTest {
    @Test
    void thePdfHasTheThreeSectionsWithTheRecipientTheNominalAndTheContracts() throws Exception {
        CertificateSheet s = new CertificateSheet("41-27-0001234-5", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), "используется", "Комитет образования Лужского района", "Иванова Анна Сергеевна",
                LocalDate.of(2015, 3, 8), "112-233-445 95", "Иванова Ольга Петровна, паспорт 4012 123456", "804200О.99.0.ББ52АЕ04000",
                "Реализация дополнительных общеразвивающих программ", new BigDecimal("72.00"), new BigDecimal("15000.00"),
                new BigDecimal("36.00"), new BigDecimal("7500.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                List.of(new CertificateSheet.Contract("Д-17", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 5, 31),
                        "МБУ ДО «Центр творчества»", "4710012345", "Робототехника", new BigDecimal("36.00"), new BigDecimal("7500.00"),
                        ContractLifecycle.label(ru.socorder.model.certificate.ContractStatus.ACTIVE), null)));
        byte[] pdf = new ReportEngine().print(CertificatePrinter.parts(s), PrintFormat.PDF);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "certificate"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate", "certificate.pdf"), pdf); // to be looked at
        String text = OrderPrinterTest.flat(OrderPrinterTest.pdfText(pdf));
        for (String expected : List.of("Социальный сертификат", "№ 41-27-0001234-5", "Раздел I. Общие сведения о социальном сертификате",
                "Иванова Анна Сергеевна", "08.03.2015", "СНИЛС 112-233-445 95", "Законный представитель: Иванова Ольга Петровна",
                "Раздел II. Сведения о муниципальных услугах", "804200О.99.0.ББ52АЕ04000", "72 чел.-ч", "15 000,00 руб.",
                "МБУ ДО «Центр творчества», ИНН 4710012345", "Раздел III. Сведения о заключённых договорах", "Договор № Д-17 от 01.09.2027")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
    }

    @Test
    void theExtractNamesTheCertificateItsRecipientAndItsStateOnTheDate() throws Exception {
        CertificateSheet s = new CertificateSheet("41-27-0001234-5", LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), "выдан", "Комитет образования Лужского района", "Иванова Анна Сергеевна",
                LocalDate.of(2015, 3, 8), "***-***-445 95", null, "804200О.99.0.ББ52АЕ04000", "Реализация программ",
                new BigDecimal("72.00"), new BigDecimal("15000.00"), new BigDecimal("72.00"), new BigDecimal("15000.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, List.of());
        String text = OrderPrinterTest.flat(OrderPrinterTest.pdfText(new ReportEngine().print(CertificatePrinter.extract(s,
                LocalDate.of(2027, 2, 1)), PrintFormat.PDF)));
        for (String expected : List.of("Выписка из реестра получателей социального сертификата", "по состоянию на 01.02.2027",
                "41-27-0001234-5", "СНИЛС ***-***-445 95", "Состояние на 01.02.2027: выдан", "Заключено договоров: 0")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
    }
}
