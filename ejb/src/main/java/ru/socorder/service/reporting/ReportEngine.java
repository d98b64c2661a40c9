package ru.socorder.service.reporting;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills and exports JasperReports templates. Each {@code .jrxml} is compiled once, on first use, and kept; requests
 * only fill and export. The templates use the DejaVu fonts of the font extension with Identity-H encoding, so
 * Cyrillic text is embedded and can be extracted from the PDF.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportEngine {
    private static final Logger LOG = Logger.getLogger(ReportEngine.class.getName());
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** A filled part of a printed document: template, parameters and table rows. */
    public record Part(String template, Map<String, Object> parameters, List<Map<String, ?>> rows) {
    }

    public JasperReport template(String path) {
        return compiled.computeIfAbsent(path, p -> {
            long start = System.nanoTime();
            try (InputStream in = ReportEngine.class.getResourceAsStream("/reports/" + p + ".jrxml")) {
                if (in == null) {
                    throw new IllegalStateException("No report template " + p);
                }
                JasperReport r = JasperCompileManager.compileReport(in);
                LOG.info(() -> "Report template " + p + " compiled in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                return r;
            } catch (IOException | JRException e) {
                throw new IllegalStateException("Report template " + p + " cannot be compiled", e);
            }
        });
    }

    /** Fills the parts in order and exports them as one document. */
    public byte[] print(List<Part> parts, PrintFormat format) {
        try {
            List<JasperPrint> prints = new java.util.ArrayList<>();
            for (Part part : parts) {
                prints.add(JasperFillManager.fillReport(template(part.template()), new HashMap<>(part.parameters()),
                        new JRMapCollectionDataSource(part.rows())));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format == PrintFormat.PDF) {
                JRPdfExporter exporter = new JRPdfExporter();
                exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter.exportReport();
            } else {
                JRDocxExporter exporter = new JRDocxExporter();
                exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter.exportReport();
            }
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("The form cannot be printed", e);
        }
    }
}
