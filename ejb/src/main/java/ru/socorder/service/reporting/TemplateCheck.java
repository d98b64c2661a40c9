package ru.socorder.service.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import ru.socorder.service.common.ValidationFailed;

/**
 * Whether an uploaded template can replace a shipped one: it loads and compiles; it declares every parameter and field
 * the shipped template declares, of the same class (the printers fill exactly those — a missing one would leave the
 * form without its data); and it prints sample data (every text parameter and field «Образец …», three rows) to a PDF.
 * Caption words ({@code {{key}}}) are replaced by their keys for the check. Refusals are {@link ValidationFailed}
 * at {@code file} in Russian.
 */
public final class TemplateCheck {
    private static final Pattern WORD = Pattern.compile("\\{\\{([^}]*)}}");

    private TemplateCheck() {
    }

    public static void check(byte[] shipped, byte[] upload) {
        JasperDesign expected = load(shipped, "поставляемый шаблон");
        JasperDesign design = load(upload, null);
        List<String> missing = new ArrayList<>();
        for (JRParameter p : expected.getParametersList()) {
            if (p.isSystemDefined()) {
                continue;
            }
            JRParameter q = design.getParametersMap().get(p.getName());
            if (q == null || !q.getValueClassName().equals(p.getValueClassName())) {
                missing.add("параметр " + p.getName() + " (" + p.getValueClassName() + ")");
            }
        }
        for (JRField f : expected.getFieldsList()) {
            JRField g = design.getFieldsMap().get(f.getName());
            if (g == null || !g.getValueClassName().equals(f.getValueClassName())) {
                missing.add("поле " + f.getName() + " (" + f.getValueClassName() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationFailed("file", "В шаблоне нет данных, которые передаёт печатная форма: " + String.join(", ", missing)
                    + ". Объявите их в шаблоне (использовать все не обязательно).");
        }
        try {
            JasperReport report = JasperCompileManager.compileReport(design);
            Map<String, Object> parameters = new HashMap<>();
            for (JRParameter p : design.getParametersList()) {
                if (!p.isSystemDefined() && String.class.getName().equals(p.getValueClassName())) {
                    parameters.put(p.getName(), "Образец " + p.getName());
                }
            }
            List<Map<String, ?>> rows = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (JRField f : design.getFieldsList()) {
                    if (String.class.getName().equals(f.getValueClassName())) {
                        row.put(f.getName(), "Образец " + i);
                    }
                }
                rows.add(row);
            }
            JasperPrint print = JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(new ByteArrayOutputStream()));
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new ValidationFailed("file", "Шаблон не компилируется или не печатается с примером данных: " + reason(e));
        }
    }

    private static JasperDesign load(byte[] bytes, String what) {
        String source = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = WORD.matcher(source);
        source = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        try {
            return JRXmlLoader.load(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
        } catch (JRException | RuntimeException e) {
            if (what != null) {
                throw new IllegalStateException("The " + what + " cannot be loaded", e);
            }
            throw new ValidationFailed("file", "Файл не является шаблоном JasperReports (.jrxml): " + reason(e));
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 500 ? m.substring(0, 500) + "…" : m;
    }
}
