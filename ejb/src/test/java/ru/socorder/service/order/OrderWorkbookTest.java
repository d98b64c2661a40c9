package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.socorder.service.order.OrderSheet.Line;
import ru.socorder.service.order.OrderSheet.Quality;

class OrderWorkbookTest {
    @Test
    void theWorkbookHasTheFourSectionsWithNumbersAsNumbers() throws IOException {
        OrderSheet s = OrderPrinterTest.luga(true, true);
        byte[] xlsx = OrderWorkbook.xlsx(s);
        OrderPrinterTest.keep(xlsx, OrderPrinter.fileName(s, "xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(4, wb.getNumberOfSheets());
            assertEquals("Раздел I", wb.getSheetName(0));
            assertEquals("Раздел II", wb.getSheetName(1));
            assertEquals("Раздел III", wb.getSheetName(2));
            assertEquals("Раздел IV", wb.getSheetName(3));
            DataFormatter f = new DataFormatter();

            Sheet first = wb.getSheet("Раздел I");
            assertTrue(f.formatCellValue(first.getRow(0).getCell(0)).startsWith("Муниципальный социальный заказ"));
            assertTrue(wb.getFontAt(first.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertTrue(columnOf(first, "Администрация Лужского муниципального района Ленинградской области") >= 0, "the authority in the header block");
            assertTrue(columnOf(first, "первичный, версия 1") >= 0, "the status");

            Sheet volumes = wb.getSheet("Раздел II");
            assertEquals("Уникальный номер реестровой записи", volumes.getRow(1).getCell(1).getStringCellValue());
            assertTrue(wb.getFontAt(volumes.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold(), "header rows bold");
            Row line = volumes.getRow(3);
            assertEquals(OrderPrinterTest.TECHNICAL, line.getCell(1).getStringCellValue());
            assertEquals("Человеко-час", line.getCell(9).getStringCellValue());
            assertEquals("539", line.getCell(10).getStringCellValue(), "the ОКЕИ code in a column of its own");
            assertEquals(CellType.NUMERIC, line.getCell(11).getCellType(), "the volume is a number Excel adds up");
            assertEquals(12000, line.getCell(11).getNumericCellValue());
            assertEquals("12 000", new DataFormatter(java.util.Locale.forLanguageTag("ru")).formatCellValue(line.getCell(11))
                    .replace('\u00A0', ' ').replace('\u202F', ' '), "grouped as the printed form (in a Russian Excel), not 12000.0");
            assertEquals(9000, line.getCell(13).getNumericCellValue());
            assertEquals(3000, line.getCell(15).getNumericCellValue());
            assertEquals(2024, line.getCell(7).getNumericCellValue());
            assertEquals(3 + 2 * 3, volumes.getLastRowNum() + 1, "title, header, numbering and two lines × three years");

            Sheet quality = wb.getSheet("Раздел III");
            Row q = quality.getRow(3);
            assertEquals(OrderPrinterTest.TECHNICAL, q.getCell(1).getStringCellValue());
            assertEquals(10, q.getCell(10).getNumericCellValue());
            assertEquals("10 %", f.formatCellValue(q.getCell(10)));
            assertEquals(5, columnOf(quality, OrderFormText.NONE_SET), "the arts service without indicators keeps its row");

            Sheet actuals = wb.getSheet("Раздел IV");
            assertTrue(actuals.getRow(0).getCell(0).getStringCellValue().startsWith("IV. Сведения о фактических показателях"));
            assertEquals(OrderFormText.NO_ACTUALS, actuals.getRow(3).getCell(0).getStringCellValue());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInEverySheetOfTheWorkbook() throws IOException {
        OrderSheet s = OrderPrinterTest.luga(true, true);
        String evil = "=HYPERLINK(\"http://evil.example\";\"Услуга\")";
        Line first = s.lines().get(0);
        Line renamed = new Line(first.no(), first.registryNumber(), evil, first.content(), first.conditions(), first.consumerCategory(),
                first.determinationYear(), "@Луга", first.volumeIndicator(), first.unitName(), first.unitCode(), first.normativeCost(),
                "+приказ", first.volumes(), first.quality());
        OrderSheet sheet = new OrderSheet(s.id(), s.versionNumber(), s.status(), s.kind(), s.title(), s.asOfDate(), s.fiscalYear(),
                s.beyondPlanUntil(), s.authority(), "-бюджет", s.direction(), s.approval(), s.periods(), List.of(renamed, s.lines().get(1)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(OrderWorkbook.xlsx(sheet)))) {
            int found = 0;
            for (Sheet sh : wb) {
                for (Row r : sh) {
                    for (Cell c : r) {
                        assertTrue(c.getCellType() != CellType.FORMULA, "no formula cells");
                        if (c.getCellType() == CellType.STRING && List.of(evil, "@Луга", "+приказ", "-бюджет").contains(c.getStringCellValue())) {
                            found++;
                            assertTrue(c.getCellStyle().getQuotePrefixed(), sh.getSheetName() + " " + c.getAddress() + " stays text");
                            assertEquals(c.getStringCellValue().equals("-бюджет") ? BorderStyle.NONE : BorderStyle.THIN,
                                    c.getCellStyle().getBorderTop(), "the look of the cell is kept: table cells bordered, the header not");
                            assertTrue(c.getCellStyle().getWrapText());
                        } else if (c.getCellType() == CellType.STRING) {
                            assertFalse(c.getCellStyle().getQuotePrefixed(), sh.getSheetName() + " " + c.getAddress() + ": " + c.getStringCellValue());
                        }
                    }
                }
            }
            assertEquals(3 * 2 + 3 * 2 + 3 + 1, found, "service name and place in I (3 periods) and II (3 rows), "
                    + "service name in III (3 years), the budget in the header (IV has no rows before the report)");
        }
    }

    @Test
    void anAbsoluteDeviationStaysANumberShownWithTheUnitsShortName() throws IOException {
        OrderSheet s = OrderPrinterTest.luga(true, false);
        Line first = s.lines().get(0);
        Line counted = new Line(first.no(), first.registryNumber(), first.serviceName(), first.content(), first.conditions(),
                first.consumerCategory(), first.determinationYear(), first.place(), first.volumeIndicator(), first.unitName(),
                first.unitCode(), first.normativeCost(), first.standardAct(), first.volumes(),
                List.of(new Quality(2024, "Число выпускников", "Человек", "792", "чел.", new BigDecimal("120"), new BigDecimal("5"), false),
                        new Quality(2024, "Число мест", "Место", "698", null, new BigDecimal("40"), new BigDecimal("3"), false)));
        OrderSheet sheet = new OrderSheet(s.id(), s.versionNumber(), s.status(), s.kind(), s.title(), s.asOfDate(), s.fiscalYear(),
                s.beyondPlanUntil(), s.authority(), s.budgetName(), s.direction(), s.approval(), s.periods(), List.of(counted));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(OrderWorkbook.xlsx(sheet)))) {
            Sheet quality = wb.getSheet("Раздел III");
            DataFormatter f = new DataFormatter();
            assertEquals(CellType.NUMERIC, quality.getRow(3).getCell(10).getCellType());
            assertEquals(5, quality.getRow(3).getCell(10).getNumericCellValue());
            assertEquals("#,##0\\ \\ч\\е\\л\\.", quality.getRow(3).getCell(10).getCellStyle().getDataFormatString(),
                    "Excel shows «5 чел.»: the catalogue's short name, escaped into the number format");
            assertEquals("3 место", f.formatCellValue(quality.getRow(4).getCell(10)), "no short name: the unit's name in lower case");
            assertEquals("Человек", quality.getRow(3).getCell(6).getStringCellValue());
            assertEquals("792", quality.getRow(3).getCell(7).getStringCellValue());
        }
    }

    static int columnOf(Sheet sheet, String text) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) {
                    return c.getColumnIndex();
                }
            }
        }
        return -1;
    }
}
