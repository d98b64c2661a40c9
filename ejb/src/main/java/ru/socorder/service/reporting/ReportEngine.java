package ru.socorder.service.reporting;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills and exports JasperReports templates. Each {@code .jrxml} is compiled once, on first use, and kept; requests
 * only fill and export. The templates use the DejaVu fonts of the font extension with Identity-H encoding, so
 * Cyrillic text is embedded and can be extracted from the PDF.
 *
 * <p>A template an administrator replaced ({@code print_template}, {@link PrintTemplates}) prints instead of the
 * shipped one: every print asks the replacement's version (one small query) and the compiled template is cached under
 * the name and that version, so a replacement or a revert takes effect with the next print, on every server, and is
 * compiled once; {@link #forget} drops the compiled copies of a name.
 *
 * <p>Each part is filled as a report of its own and counts its own pages. A text field with the key
 * {@value #PAGE_OF_PAGES} is rewritten after all parts are filled to «стр. X из Y» over the whole document.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportEngine {
    /** The database's replacements of shipped templates ({@code print_template}); absent in unit tests: shipped only. */
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    private static final Logger LOG = Logger.getLogger(ReportEngine.class.getName());
    /** Key of a (page footer) text field that shows the page number and the page count of the whole document. */
    public static final String PAGE_OF_PAGES = "pageOfPages";
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
    /** How long the list of replaced templates is trusted before it is read again (another server may have changed it). */
    private static final long REPLACEMENTS_FRESH_NANOS = 10_000_000_000L;
    /** Replaced templates → their versions, as last read, and when: one query serves the parts of many prints. */
    private volatile Replacements replacements;

    private record Replacements(Map<String, Long> versions, long readAt) {
    }

    /**
     * A filled part of a printed document: template, parameters and table rows, and the words the template's
     * captions take ({@code {{key}}} in static texts: «{{услуги}}» → «муниципальной услуги»); the template is compiled
     * once per set of words. {@code omit} names optional columns of the template left out ({@link TemplateColumns}).
     */
    public record Part(String template, Map<String, Object> parameters, List<Map<String, ?>> rows, Map<String, String> words,
                       Set<String> omit) {
        public Part(String template, Map<String, Object> parameters, List<Map<String, ?>> rows) {
            this(template, parameters, rows, Map.of());
        }

        public Part(String template, Map<String, Object> parameters, List<Map<String, ?>> rows, Map<String, String> words) {
            this(template, parameters, rows, words, Set.of());
        }
    }

    public JasperReport template(String path) {
        return template(path, Map.of());
    }

    /** The template compiled with its {@code {{key}}} words replaced; every word it uses must be given. */
    public JasperReport template(String path, Map<String, String> words) {
        return template(path, words, Set.of());
    }

    /** The template compiled with its words replaced and the named optional columns left out. */
    public JasperReport template(String path, Map<String, String> words, Set<String> omit) {
        Long replacement = replacementVersion(path);
        String key = path + (replacement == null ? "" : "#" + replacement) + (words.isEmpty() ? "" : new java.util.TreeMap<>(words))
                + (omit.isEmpty() ? "" : " without " + new java.util.TreeSet<>(omit));
        return compiled.computeIfAbsent(key, k -> {
            long start = System.nanoTime();
            try {
                byte[] bytes = replacement == null ? shipped(path) : replacementContent(path);
                String source = withWords(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), words, path);
                JasperDesign design = JRXmlLoader.load(new java.io.ByteArrayInputStream(source.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                TemplateColumns.omit(design, omit);
                JasperReport r = JasperCompileManager.compileReport(design);
                LOG.info(() -> "Report template " + k + " compiled in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                return r;
            } catch (JRException e) {
                throw new IllegalStateException("Report template " + path + " cannot be compiled", e);
            }
        });
    }

    /** The shipped template's source ({@code /reports/<path>.jrxml}). */
    public static byte[] shipped(String path) {
        try (InputStream in = ReportEngine.class.getResourceAsStream("/reports/" + path + ".jrxml")) {
            if (in == null) {
                throw new IllegalStateException("No report template " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Report template " + path + " cannot be read", e);
        }
    }

    /**
     * The version of the template's replacement, or null when the shipped one prints. The list of replacements is read
     * once for all templates and kept ten seconds: on this server a replacement applies to the next print
     * ({@link #forget}), on another one within ten seconds.
     */
    private Long replacementVersion(String path) {
        if (em == null) {
            return null;
        }
        Replacements r = replacements;
        if (r == null || System.nanoTime() - r.readAt() > REPLACEMENTS_FRESH_NANOS) {
            Map<String, Long> versions = new java.util.HashMap<>();
            for (Object[] t : em.createQuery("select t.name, t.version from PrintTemplate t", Object[].class).getResultList()) {
                versions.put((String) t[0], ((Number) t[1]).longValue());
            }
            r = new Replacements(versions, System.nanoTime());
            replacements = r;
        }
        return r.versions().get(path);
    }

    private byte[] replacementContent(String path) {
        return em.find(ru.socorder.model.reporting.PrintTemplate.class, path).getContent();
    }

    /** Drops the compiled copies of a template (after its replacement changed). */
    public void forget(String path) {
        replacements = null;
        compiled.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + "#") || k.startsWith(path + "{") || k.startsWith(path + " "));
    }

    /** Replaces each {@code {{key}}} by its word (XML-escaped); a key without a word is a programming error. */
    static String withWords(String source, Map<String, String> words, String path) {
        StringBuilder out = new StringBuilder(source.length());
        int from = 0;
        for (int at = source.indexOf("{{"); at >= 0; at = source.indexOf("{{", from)) {
            int end = source.indexOf("}}", at);
            if (end < 0) {
                break;
            }
            String key = source.substring(at + 2, end);
            String word = words.get(key);
            if (word == null) {
                throw new IllegalStateException("The template " + path + " needs the word {{" + key + "}}");
            }
            out.append(source, from, at).append(word.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            from = end + 2;
        }
        return out.append(source.substring(from)).toString();
    }

    /** Fills the parts in order and exports them as one document. */
    public byte[] print(List<Part> parts, PrintFormat format) {
        return export(fill(parts), format);
    }

    /** Fills the parts in order, one report each, and numbers the pages over all of them. */
    public List<JasperPrint> fill(List<Part> parts) {
        try {
            List<JasperPrint> prints = new ArrayList<>();
            for (Part part : parts) {
                prints.add(JasperFillManager.fillReport(template(part.template(), part.words(), part.omit()), new HashMap<>(part.parameters()),
                        new JRMapCollectionDataSource(part.rows())));
            }
            numberPages(prints);
            return prints;
        } catch (JRException e) {
            throw new IllegalStateException("The form cannot be printed", e);
        }
    }

    /** Exports filled parts as one document. */
    public byte[] export(List<JasperPrint> prints, PrintFormat format) {
        try {
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

    /** Writes «стр. X из Y», counted over all parts, into the text fields keyed {@value #PAGE_OF_PAGES}. */
    static void numberPages(List<JasperPrint> prints) {
        int total = prints.stream().mapToInt(p -> p.getPages().size()).sum();
        int page = 0;
        for (JasperPrint print : prints) {
            for (JRPrintPage p : print.getPages()) {
                number(p.getElements(), ++page, total);
            }
        }
    }

    private static void number(List<JRPrintElement> elements, int page, int total) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                number(frame.getElements(), page, total);
            } else if (e instanceof JRPrintText text && PAGE_OF_PAGES.equals(text.getKey())) {
                text.setText("стр. " + page + " из " + total);
            }
        }
    }
}
