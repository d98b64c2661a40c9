package ru.socorder.service.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.model.agreement.PaymentMode;
import ru.socorder.service.order.OrderPrinterTest;
import ru.socorder.service.order.VersionDiff;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.ReportEngine;

/** The printed agreement follows §5.6 and states the figures in Russian; the differences of two versions. */
class AgreementPrinterTest {
    static AgreementView view(int versionNumber, BigDecimal volume, BigDecimal share, String account) {
        BigDecimal price = new BigDecimal("172.223333");
        BigDecimal amount = volume.multiply(price).setScale(2, java.math.RoundingMode.HALF_UP);
        return new AgreementView(1050, 0, 1050, versionNumber, versionNumber > 1 ? 1000L : null, AgreementKind.CERTIFICATE_FINANCING,
                "финансовое обеспечение затрат", "2027-1050", LocalDate.of(2027, 1, 20),
                new AgreementView.Party(1, "Комитет образования администрации Лужского муниципального района", "Комитет образования",
                        "4710001234", "471001001", null, null, "Председатель комитета", "Петрова Н. В."),
                new AgreementView.Party(2, "Муниципальное бюджетное учреждение дополнительного образования «Центр творчества»",
                        "МБУ ДО «Центр творчества»", "4710012345", "471001001", "1024701478123", "188230, г. Луга, пр. Кирова, д. 1",
                        "Директор", "Сидоров А. А."), 7L, "запись № 12 реестра исполнителей услуг в соответствии с социальным сертификатом от 01.02.2027",
                5, "804200О.99.0.ББ52АЕ04000", "Реализация дополнительных общеразвивающих программ", 2027, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), PaymentMode.ADVANCE, PaymentMode.ADVANCE.label(), share, AgreementDrafts.REPORTING,
                new AgreementView.Bank("МБУ ДО «Центр творчества»", account, "044525225", "ПАО Сбербанк", "30101810400000000225", null),
                versionNumber > 1 ? "увеличение числа детей" : null, true, AgreementStatus.IN_EXECUTION, "исполняется",
                List.of(new AgreementView.Line(1, 5, "804200О.99.0.ББ52АЕ04000", "Реализация дополнительных общеразвивающих программ", 2027,
                        volume, price, amount)), volume, amount, List.of(), false, false);
    }

    @Test
    void thePdfHasTheSectionsTheTableTheSubsidyAndTheBankDetails() throws Exception {
        byte[] pdf = new ReportEngine().print(List.of(AgreementPrinter.part(view(1, new BigDecimal("12345.50"), new BigDecimal("80.00"),
                "40702810938000000001"))), PrintFormat.PDF);
        Files.createDirectories(Path.of("target", "agreement"));
        Files.write(Path.of("target", "agreement", "agreement.pdf"), pdf); // to be looked at
        String text = OrderPrinterTest.flat(OrderPrinterTest.pdfText(pdf));
        for (String expected : List.of("СОГЛАШЕНИЕ № 2027-1050", "о финансовом обеспечении затрат", "«20» января 2027 г.",
                "1. Предмет Соглашения", "2. Объём оказания услуги по годам", "804200О.99.0.ББ52АЕ04000", "12 345,5", "172,223333",
                "2 126 183,16", "3. Финансовое обеспечение (возмещение) затрат", "Размер субсидии составляет 2 126 183,16 руб.",
                "авансом в размере 80 %", "4. Права и обязанности Сторон", "5. Отчётность", "6. Ответственность Сторон",
                "7. Срок действия", "с 01.01.2027 по 31.12.2027", "8. Реквизиты и подписи сторон", "Счёт 40702810938000000001",
                "БИК 044525225", "ИНН 4710012345", "в лице руководителя Сидоров А. А. (Директор)", "Основание заключения Соглашения: запись № 12")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        byte[] docx = new ReportEngine().print(List.of(AgreementPrinter.part(view(1, BigDecimal.TEN, new BigDecimal("80"),
                "40702810938000000001"))), PrintFormat.DOCX);
        assertEquals('P', (char) docx[0]);
        assertEquals('K', (char) docx[1]);
    }

    @Test
    void anAmendmentShowsWhatChanged() {
        List<VersionDiff.Change> changes = AgreementDiff.between(view(1, new BigDecimal("100"), new BigDecimal("80"), "40702810938000000001"),
                view(2, new BigDecimal("120"), new BigDecimal("70"), "40702810938000000001"));
        assertEquals(List.of(
                new VersionDiff.Change("соглашение", null, "доля аванса, %", "80", "70"),
                new VersionDiff.Change("804200О.99.0.ББ52АЕ04000", 2027, "объём", "100", "120"),
                new VersionDiff.Change("804200О.99.0.ББ52АЕ04000", 2027, "сумма, руб.", "17\u00A0222,33", "20\u00A0666,80")), changes);
    }
}
