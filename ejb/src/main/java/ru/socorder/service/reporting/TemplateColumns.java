package ru.socorder.service.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.design.JRDesignBand;

/**
 * Optional table columns of a template. A template is drawn with all its columns; an element of an optional column
 * carries the property {@value #COLUMN} (the column's name), and the elements of the columns that take the room an
 * omitted column leaves carry {@value #STRETCH} (a whole-number weight). Leaving columns out removes their elements
 * from the column header, detail, and group header and footer bands, narrows the elements spanning them (merged
 * captions), moves the rest left, widens the stretching columns by their share of the room and renumbers the
 * numbering row (static texts of the style {@value #NUMBER_STYLE}: 1, 2, 3… from left to right). Plain class.
 */
public final class TemplateColumns {
    /** Element property: the name of the optional column the element belongs to. */
    public static final String COLUMN = "socorder.column";
    /** Element property: the weight by which the element's column takes the room of omitted columns. */
    public static final String STRETCH = "socorder.stretch";
    /** Style of the numbering row under a table's column captions. */
    public static final String NUMBER_STYLE = "no";

    private TemplateColumns() {
    }

    /** Leaves the named optional columns out of the design; every name must be an optional column of the design. */
    public static void omit(JasperDesign design, Set<String> columns) {
        if (columns.isEmpty()) {
            return;
        }
        List<JRDesignBand> bands = tableBands(design);
        int freed = 0;
        for (String column : columns) {
            int[] range = null;
            for (JRDesignBand band : bands) {
                for (JRElement e : band.getElements()) {
                    if (column.equals(e.getPropertiesMap().getProperty(COLUMN))) {
                        range = range == null ? new int[] {e.getX(), e.getX() + e.getWidth()}
                                : new int[] {Math.min(range[0], e.getX()), Math.max(range[1], e.getX() + e.getWidth())};
                    }
                }
            }
            if (range == null) {
                throw new IllegalArgumentException("The template " + design.getName() + " has no optional column " + column);
            }
            freed += remove(bands, range[0], range[1]);
        }
        stretch(bands, freed);
        for (JRDesignBand band : bands) {
            renumber(band);
        }
    }

    private static List<JRDesignBand> tableBands(JasperDesign d) {
        List<JRDesignBand> bands = new ArrayList<>();
        add(bands, d.getColumnHeader());
        add(bands, d.getDetailSection());
        for (JRGroup g : d.getGroups()) {
            add(bands, g.getGroupHeaderSection());
            add(bands, g.getGroupFooterSection());
        }
        return bands;
    }

    private static void add(List<JRDesignBand> bands, JRBand band) {
        if (band instanceof JRDesignBand b) {
            bands.add(b);
        }
    }

    private static void add(List<JRDesignBand> bands, JRSection section) {
        if (section != null) {
            for (JRBand b : section.getBands()) {
                add(bands, b);
            }
        }
    }

    /** Removes the elements inside [from, to), narrows those across it and moves those after it; the room freed. */
    private static int remove(List<JRDesignBand> bands, int from, int to) {
        int w = to - from;
        for (JRDesignBand band : bands) {
            for (JRElement e : List.of(band.getElements())) {
                JRDesignElement d = (JRDesignElement) e;
                int x = d.getX();
                int end = x + d.getWidth();
                if (x >= from && end <= to) {
                    band.removeElement(d);
                } else if (x < from && end > from) {
                    d.setWidth(d.getWidth() - Math.min(w, end - from));
                } else if (x >= to) {
                    d.setX(x - w);
                }
            }
        }
        return w;
    }

    /** Gives the freed room to the stretching columns by their weights (the rounding remainder to the last). */
    private static void stretch(List<JRDesignBand> bands, int freed) {
        Map<Integer, int[]> columns = new LinkedHashMap<>(); // x → {width, weight}
        for (JRDesignBand band : bands) {
            for (JRElement e : band.getElements()) {
                String weight = e.getPropertiesMap().getProperty(STRETCH);
                if (weight != null) {
                    columns.putIfAbsent(e.getX(), new int[] {e.getWidth(), Integer.parseInt(weight.strip())});
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("The template has no column marked " + STRETCH + " to take the room of omitted columns");
        }
        List<Map.Entry<Integer, int[]>> sorted = new ArrayList<>(columns.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        int weights = sorted.stream().mapToInt(c -> c.getValue()[1]).sum();
        int[] extra = new int[sorted.size()];
        int given = 0;
        for (int i = 0; i < sorted.size(); i++) {
            extra[i] = i == sorted.size() - 1 ? freed - given : freed * sorted.get(i).getValue()[1] / weights;
            given += extra[i];
        }
        for (JRDesignBand band : bands) {
            for (JRElement e : band.getElements()) {
                JRDesignElement d = (JRDesignElement) e;
                int x = d.getX();
                int end = x + d.getWidth();
                int shift = 0;
                int widen = 0;
                for (int i = 0; i < sorted.size(); i++) {
                    int cx = sorted.get(i).getKey();
                    int cEnd = cx + sorted.get(i).getValue()[0];
                    if (cEnd <= x) {
                        shift += extra[i];
                    } else if (cx >= x && cEnd <= end) {
                        widen += extra[i];
                    }
                }
                d.setX(x + shift);
                d.setWidth(d.getWidth() + widen);
            }
        }
    }

    private static void renumber(JRDesignBand band) {
        List<JRDesignStaticText> numbers = new ArrayList<>();
        for (JRElement e : band.getElements()) {
            String style = e.getStyle() != null ? e.getStyle().getName() : e.getStyleNameReference();
            if (e instanceof JRDesignStaticText t && NUMBER_STYLE.equals(style)) {
                numbers.add(t);
            }
        }
        numbers.sort(Comparator.comparingInt(JRDesignStaticText::getX));
        for (int i = 0; i < numbers.size(); i++) {
            numbers.get(i).setText(String.valueOf(i + 1));
        }
    }
}
