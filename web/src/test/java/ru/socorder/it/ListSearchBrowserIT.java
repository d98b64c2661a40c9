package ru.socorder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The lists as a clerk searches them at 1366 × 768: Enter in the search box searches (and downloads nothing), a
 * service is found by any part of its registry number in any lookalike spelling, and an export says what the screen
 * says (Russian names, not internal codes).
 */
class ListSearchBrowserIT extends BrowserTest {

    @Test
    void enterInTheSearchBoxSearchesTheListAndDownloadsNothing() throws Exception {
        browser.login("observer", "demo");
        ListPage services = new ListPage(browser).openFromMenu("menuServices");
        ListPage.forgetDownloads("services");
        services.searchAndPressEnter("ББ52АЕ04000");
        List<String> rows = services.waitForRows(r -> !r.isEmpty() && r.stream().allMatch(t -> t.contains("ББ52АЕ04000")));
        assertTrue(rows.get(0).contains("804200О.99.0.ББ52АЕ04000"), rows.toString());
        assertTrue(browser.currentPath().startsWith("/catalog/services.xhtml"));
        browser.screenshot("services-enter");

        ListPage units = new ListPage(browser).openFromMenu("menuUnits");
        ListPage.forgetDownloads("units");
        units.searchAndPressEnter("5451");
        units.waitForRows(r -> r.size() == 1 && r.get(0).contains("Посещение"));
        assertEquals(List.of(), ListPage.downloads("services"), "Enter did not export the services");
        assertEquals(List.of(), ListPage.downloads("units"), "Enter did not export the units");
    }

    @Test
    void aServiceIsFoundByAnyPartOfItsRegistryNumberInAnySpelling() {
        browser.login("clerk", "demo");
        ListPage services = new ListPage(browser).openFromMenu("menuServices");
        for (String typed : List.of("ББ52АЕ04000", "804200О.99", "8042000.99.0.ББ52", "ББ52AE04000", "бб52ае04")) {
            services.search(typed);
            List<String> rows = services.waitForRows(r -> !r.isEmpty() && r.stream().allMatch(t -> t.contains("804200О.99.0.ББ52")));
            assertTrue(rows.stream().anyMatch(t -> t.contains("804200О.99.0.ББ52АЕ04000")), typed + " → " + rows);
        }
        services.search("804200");
        services.waitForRows(r -> r.size() > 1 && r.stream().allMatch(t -> t.contains("804200")));
    }

    @Test
    void exportsNameTypesAndLevelsAsTheScreenDoes() throws Exception {
        browser.login("admin", "demo");
        ListPage executors = new ListPage(browser).openFromMenu("menuExecutors");
        List<String> shown = executors.waitForRows(r -> !r.isEmpty());
        // the screen's XLSX button and the API call the same boundary export (ExecutorCatalog.export)
        Path xlsx = Files.createTempFile("executors", ".xlsx");
        Files.write(xlsx, new Api(base()).bytes("api/v1/executors/export?format=xlsx"));
        List<String> types = column(xlsx, "Тип");
        assertFalse(types.isEmpty());
        for (String type : types) {
            assertTrue(type.matches("[А-ЯЁ][а-яё]+( [а-яё]+)*"), "a Russian name, not a code: " + type);
        }
        assertTrue(shown.stream().anyMatch(row -> types.stream().anyMatch(row::contains)), "the screen names them so too: " + shown);

        ListPage territories = new ListPage(browser).openFromMenu("menuTerritories");
        String csv = Files.readString(territories.export("csv", "territories"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains(";Муниципальное образование;") && csv.contains(";Субъект Российской Федерации;"), csv);
        assertFalse(csv.contains("MUNICIPALITY") || csv.contains("REGION"), csv);
        assertTrue(territories.rows().stream().anyMatch(r -> r.contains("Муниципальное образование")));
    }

    /** The values of a column (by its heading in the first row) of the first sheet of an XLSX file. */
    private static List<String> column(Path xlsx, String heading) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            DataFormatter text = new DataFormatter();
            var sheet = book.getSheetAt(0);
            int index = -1;
            for (var cell : sheet.getRow(0)) {
                if (text.formatCellValue(cell).equals(heading)) {
                    index = cell.getColumnIndex();
                }
            }
            assertTrue(index >= 0, "no column «" + heading + "» in " + xlsx);
            List<String> values = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(index) != null) {
                    values.add(text.formatCellValue(row.getCell(index)));
                }
            }
            return values;
        }
    }
}
