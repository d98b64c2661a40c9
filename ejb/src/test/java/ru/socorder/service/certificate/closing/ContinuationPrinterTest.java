package ru.socorder.service.certificate.closing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.certificate.ClosingOutcome;
import ru.socorder.model.certificate.ClosingStatus;
import ru.socorder.model.certificate.ContinuationRefusal;
import ru.socorder.service.order.OrderPrinterTest;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.ReportEngine;

/** The printed report lists the continued contract with its successor and the one not continued with its reason. */
class ContinuationPrinterTest {
    @Test
    void thePdfListsContinuedAndNotContinuedContracts() throws Exception {
        ClosingView v = new ClosingView(7, "Лужский муниципальный район", 2027, LocalDate.of(2027, 12, 15), LocalDate.of(2027, 12, 31), true, 3,
                ClosingStatus.CLOSED, false, null, null, "clerk", 4, 4, 2, 1, 1, true);
        List<ContinuationRow> rows = List.of(
                new ContinuationRow(1050, "2027-1050", "41-27-0001234-5", "МБУ ДО «Дом творчества»", "Шахматы", ClosingOutcome.CONTINUED,
                        "2028-П1050", "41-28-0002345-6", new BigDecimal("42.00"), null, null, new BigDecimal("5086.50")),
                new ContinuationRow(1051, "2027-1051", "41-27-0001235-2", "МБУ ДО «Дом творчества»", "Шахматы", ClosingOutcome.NOT_CONTINUED,
                        null, null, null, ContinuationRefusal.VOLUME_EXHAUSTED, ContinuationRefusal.VOLUME_EXHAUSTED.text(), new BigDecimal("12207.60")));
        byte[] pdf = new ReportEngine().print(List.of(ContinuationPrinter.print(v, rows)), PrintFormat.PDF);
        String text = OrderPrinterTest.flat(OrderPrinterTest.pdfText(pdf));
        for (String expected : List.of("Переход договоров на 2028 год", "Лужский муниципальный район: закрытие 2027 года — год закрыт",
                "2027-1050", "№ 2028-П1050", "сертификат 41-28-0002345-6", "42 ч", "продолжен в", "не продолжен",
                "исчерпан", "VOLUME_EXHAUSTED", "Продолжено: 1, не продолжено: 1.")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
    }
}
