package ru.socorder.service.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.api.Test;

/** Leaving optional columns out of a table template: the rest close up, fill the width and are renumbered. */
class TemplateColumnsTest {
    private static final Map<String, String> WORDS = Map.of("услуги", "муниципальной услуги", "услуг", "муниципальных услуг",
            "задания", "муниципального задания");

    @Test
    void omittedColumnsLeaveNoGapAndTheirRoomGoesToTheStretchingColumns() throws Exception {
        JasperDesign all = design("order/volumes");
        List<JRElement> header = sorted(all.getColumnHeader().getElements());
        assertEquals(18, numbers(header).size(), "section II drawn with all its columns");
        assertEquals(802, right(header), "the full width");

        JasperDesign without = design("order/volumes");
        TemplateColumns.omit(without, Set.of("authority", "term"));
        List<JRElement> h = sorted(without.getColumnHeader().getElements());
        List<String> numbers = numbers(h);
        assertEquals(16, numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(String.valueOf(i + 1), numbers.get(i), "numbered 1–16 from the left");
        }
        assertEquals(802, right(h), "still the full width");
        assertTrue(h.stream().noneMatch(e -> e.getPropertiesMap().getProperty(TemplateColumns.COLUMN) != null), "the columns are gone");
        List<JRElement> detail = sorted(without.getDetailSection().getBands()[0].getElements());
        assertEquals(0, detail.get(0).getX());
        assertEquals(68, detail.get(0).getWidth(), "the service's column takes its share back");
        assertEquals(96, detail.get(1).getWidth(), "the registry number on one line");
        for (int i = 1; i < detail.size(); i++) {
            assertEquals(detail.get(i - 1).getX() + detail.get(i - 1).getWidth(), detail.get(i).getX(), "cells close up, no gap, no overlap");
        }
        assertEquals(802, right(detail));

        JasperDesign one = design("order/volumes");
        TemplateColumns.omit(one, Set.of("term"));
        List<JRElement> d1 = sorted(one.getDetailSection().getBands()[0].getElements());
        assertEquals(802, right(d1));
        assertEquals(17, numbers(sorted(one.getColumnHeader().getElements())).size());
    }

    @Test
    void anUnknownColumnIsAProgrammingError() throws Exception {
        JasperDesign d = design("order/actuals");
        assertThrows(IllegalArgumentException.class, () -> TemplateColumns.omit(d, Set.of("nothing")));
    }

    private static JasperDesign design(String path) throws Exception {
        try (InputStream in = TemplateColumnsTest.class.getResourceAsStream("/reports/" + path + ".jrxml")) {
            String source = ReportEngine.withWords(new String(in.readAllBytes(), StandardCharsets.UTF_8), WORDS, path);
            return JRXmlLoader.load(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static List<JRElement> sorted(JRElement[] elements) {
        List<JRElement> list = new ArrayList<>(List.of(elements));
        list.sort(Comparator.comparingInt(JRElement::getX));
        return list;
    }

    private static List<String> numbers(List<JRElement> header) {
        List<String> out = new ArrayList<>();
        for (JRElement e : header) {
            String style = e.getStyle() != null ? e.getStyle().getName() : e.getStyleNameReference();
            if (e instanceof JRStaticText t && TemplateColumns.NUMBER_STYLE.equals(style)) {
                out.add(t.getText());
            }
        }
        return out;
    }

    private static int right(List<JRElement> elements) {
        return elements.stream().mapToInt(e -> e.getX() + e.getWidth()).max().orElse(0);
    }
}
