package ru.socorder.service.order;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.service.common.Conflict;

/**
 * The publication export of an approved (or published) social order for the unified budget portal: XML valid against
 * {@code publication/social-order-1.0.xsd} and JSON valid against {@code publication/social-order-1.0.schema.json},
 * both carrying the same facts in the same order.
 * <p>
 * The export is stable: the same sheet gives the same bytes. There is no export time in it; element and key order
 * is fixed; decimals are written plainly without trailing zeros ({@code 12000}, {@code 12.5}); volumes are ordered by
 * year and quality indicators by year and name (the database keeps no order among the indicators of one year);
 * line ends inside texts are written as LF and characters XML cannot carry are dropped from both forms.
 */
public final class OrderPublication {
    public static final String NAMESPACE = "urn:socorder:social-order:1.0";
    public static final String SCHEMA_VERSION = "1.0";
    /** The value of {@code generatedFrom}: the system the document comes from. */
    public static final String GENERATED_FROM = "Соцзаказ";
    public static final String XSD_RESOURCE = "/publication/social-order-1.0.xsd";
    public static final String JSON_SCHEMA_RESOURCE = "/publication/social-order-1.0.schema.json";
    static final String NOT_APPROVED = "Выгрузить для публикации можно только утверждённый или опубликованный заказ";

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String INDENT = "  ";

    private OrderPublication() {
    }

    /** The order as XML in UTF-8, pretty-printed with two-space indents. */
    public static byte[] xml(OrderSheet sheet) {
        OrderSheet s = prepare(sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(XML_DECLARATION.getBytes(StandardCharsets.UTF_8));
        try {
            // the JDK's own writer, not whichever StAX implementation the server or a library puts first
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            new XmlForm(w).write(s);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML-выгрузка социального заказа не сформирована: " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The order as JSON in UTF-8, pretty-printed by the JSON-P provider. */
    public static byte[] json(OrderSheet sheet) {
        OrderSheet s = prepare(sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8)) {
            new JsonForm(g).write(s);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The published XSD of the XML form. */
    public static String xsd() {
        return Schemas.XSD;
    }

    /** The published JSON Schema (draft 2020-12) of the JSON form. */
    public static String jsonSchema() {
        return Schemas.JSON_SCHEMA;
    }

    /** Refuses an order that is not approved; puts volumes and quality indicators into their published order. */
    static OrderSheet prepare(OrderSheet s) {
        Objects.requireNonNull(s, "sheet");
        if (!"APPROVED".equals(s.status()) && !"PUBLISHED".equals(s.status())) {
            throw new Conflict(NOT_APPROVED);
        }
        List<OrderSheet.Line> lines = new ArrayList<>();
        for (OrderSheet.Line l : s.lines()) {
            List<OrderSheet.Volume> volumes = new ArrayList<>(l.volumes());
            volumes.sort(Comparator.comparingInt(OrderSheet.Volume::year));
            List<OrderSheet.Quality> quality = new ArrayList<>(l.quality());
            quality.sort(QUALITY_ORDER);
            lines.add(new OrderSheet.Line(l.no(), l.registryNumber(), l.serviceName(), l.content(), l.conditions(),
                    l.consumerCategory(), l.determinationYear(), l.place(), l.volumeIndicator(), l.unitName(), l.unitCode(),
                    l.normativeCost(), l.standardAct(), List.copyOf(volumes), List.copyOf(quality)));
        }
        return new OrderSheet(s.id(), s.versionNumber(), s.status(), s.kind(), s.title(), s.asOfDate(), s.fiscalYear(),
                s.beyondPlanUntil(), s.authority(), s.budgetName(), s.direction(), s.approval(), s.periods(), List.copyOf(lines));
    }

    private static final Comparator<String> TEXT_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<BigDecimal> NUMBER_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<OrderSheet.Quality> QUALITY_ORDER = Comparator.comparingInt(OrderSheet.Quality::year)
            .thenComparing(OrderSheet.Quality::indicator, TEXT_ORDER)
            .thenComparing(OrderSheet.Quality::unitCode, TEXT_ORDER)
            .thenComparing(OrderSheet.Quality::value, NUMBER_ORDER)
            .thenComparing(OrderSheet.Quality::deviation, NUMBER_ORDER)
            .thenComparing(OrderSheet.Quality::deviationInPercent);

    /** {@code 12000}, {@code 12.5}: no exponent, no trailing zeros, a dot, no grouping; null stays null. */
    static String plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** Volumes are never absent in the database; a missing one (a hand-made sheet) counts as zero, as in the editor. */
    private static String volume(BigDecimal v) {
        return v == null ? "0" : plain(v);
    }

    /**
     * The text as both forms publish it: null for an empty value, line ends as LF, without the characters XML 1.0
     * cannot carry (control characters other than tab and line feed, lone surrogates, U+FFFE, U+FFFF).
     */
    static String text(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        String s = v.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(OrderPublication::xmlChar).forEach(b::appendCodePoint);
        return b.length() == 0 ? null : b.toString();
    }

    private static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static boolean hasUnit(String name, String code) {
        return text(name) != null && text(code) != null;
    }

    // ------------------------------------------------------------------------------------------------ XML form

    /** Walks the sheet in the order of the XSD; every element on its own line, two spaces per level. */
    private static final class XmlForm {
        private final XMLStreamWriter w;
        private int depth;

        XmlForm(XMLStreamWriter w) {
            this.w = w;
        }

        void write(OrderSheet s) throws XMLStreamException {
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement(NAMESPACE, "socialOrder");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("schemaVersion", SCHEMA_VERSION);
            w.writeAttribute("id", Long.toString(s.id()));
            w.writeAttribute("versionNumber", Integer.toString(s.versionNumber()));
            w.writeAttribute("generatedFrom", GENERATED_FROM);
            depth++;
            leaf("title", s.title());
            leaf("asOfDate", date(s.asOfDate()));
            leaf("status", s.status());
            leaf("kind", s.kind());
            leaf("fiscalYear", Integer.toString(s.fiscalYear()));
            authority(s.authority());
            leaf("budgetName", s.budgetName());
            leaf("direction", s.direction());
            approval(s.approval());
            open("periods");
            for (OrderSheet.Period p : s.periods()) {
                open("period");
                w.writeAttribute("year", Integer.toString(p.year()));
                w.writeAttribute("kind", p.kind().name());
                if (p.kind() == PlanningPeriod.Kind.BEYOND && s.beyondPlanUntil() != null) {
                    w.writeAttribute("lastYear", Integer.toString(s.beyondPlanUntil()));
                }
                leaf("label", p.label());
                close();
            }
            close();
            if (s.lines().isEmpty()) {
                empty("lines");
            } else {
                open("lines");
                for (OrderSheet.Line l : s.lines()) {
                    line(l);
                }
                close();
            }
            depth--;
            newLine();
            w.writeEndElement();
            w.writeEndDocument();
        }

        private void authority(OrderSheet.Authority a) throws XMLStreamException {
            open("authority");
            leaf("fullName", a.fullName());
            leaf("shortName", a.shortName());
            leaf("inn", a.inn());
            leaf("kpp", a.kpp());
            leaf("okpo", a.okpo());
            leaf("budgetChapter", a.budgetChapter());
            leaf("oktmo", a.oktmo());
            close();
        }

        private void approval(OrderSheet.Approval a) throws XMLStreamException {
            if (a == null) {
                return;
            }
            if (text(a.position()) == null && text(a.name()) == null && a.date() == null) {
                empty("approval");
                return;
            }
            open("approval");
            leaf("position", a.position());
            leaf("name", a.name());
            leaf("date", date(a.date()));
            close();
        }

        private void line(OrderSheet.Line l) throws XMLStreamException {
            open("line");
            w.writeAttribute("no", Integer.toString(l.no()));
            leaf("registryNumber", l.registryNumber());
            leaf("serviceName", l.serviceName());
            leaf("content", l.content());
            leaf("conditions", l.conditions());
            leaf("consumerCategory", l.consumerCategory());
            leaf("determinationYear", l.determinationYear() == null ? null : l.determinationYear().toString());
            leaf("place", l.place());
            boolean unit = hasUnit(l.unitName(), l.unitCode());
            if (text(l.volumeIndicator()) != null || unit) {
                open("volumeIndicator");
                leaf("name", l.volumeIndicator());
                unit(l.unitName(), l.unitCode());
                close();
            }
            leaf("normativeCost", plain(l.normativeCost()));
            leaf("standardAct", l.standardAct());
            if (l.volumes().isEmpty()) {
                empty("volumes");
            } else {
                open("volumes");
                for (OrderSheet.Volume v : l.volumes()) {
                    open("volume");
                    w.writeAttribute("year", Integer.toString(v.year()));
                    leaf("total", volume(v.total()));
                    for (Method m : Method.values()) {
                        leaf(m.field(), volume(v.get(m)));
                    }
                    close();
                }
                close();
            }
            if (l.quality().isEmpty()) {
                empty("qualityIndicators");
            } else {
                open("qualityIndicators");
                for (OrderSheet.Quality q : l.quality()) {
                    open("qualityIndicator");
                    w.writeAttribute("year", Integer.toString(q.year()));
                    leaf("name", q.indicator());
                    unit(q.unitName(), q.unitCode());
                    leaf("value", plain(q.value()));
                    if (q.deviation() != null) {
                        newLine();
                        w.writeStartElement(NAMESPACE, "permittedDeviation");
                        w.writeAttribute("kind", q.deviationInPercent() ? "PERCENT" : "ABSOLUTE");
                        w.writeCharacters(plain(q.deviation()));
                        w.writeEndElement();
                    }
                    close();
                }
                close();
            }
            close();
        }

        private void unit(String name, String code) throws XMLStreamException {
            if (!hasUnit(name, code)) {
                return;
            }
            newLine();
            w.writeStartElement(NAMESPACE, "unit");
            w.writeAttribute("okei", text(code));
            w.writeCharacters(text(name));
            w.writeEndElement();
        }

        private void open(String name) throws XMLStreamException {
            newLine();
            w.writeStartElement(NAMESPACE, name);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            newLine();
            w.writeEndElement();
        }

        private void empty(String name) throws XMLStreamException {
            newLine();
            w.writeEmptyElement(NAMESPACE, name);
        }

        private void leaf(String name, String value) throws XMLStreamException {
            String v = text(value);
            if (v == null) {
                return;
            }
            newLine();
            w.writeStartElement(NAMESPACE, name);
            w.writeCharacters(v);
            w.writeEndElement();
        }

        private void newLine() throws XMLStreamException {
            w.writeCharacters("\n" + INDENT.repeat(depth));
        }
    }

    // ------------------------------------------------------------------------------------------------ JSON form

    /** The same walk as {@link XmlForm}; an absent value is an absent key, a decimal a JSON number. */
    private static final class JsonForm {
        private final JsonGenerator g;

        JsonForm(JsonGenerator g) {
            this.g = g;
        }

        void write(OrderSheet s) {
            g.writeStartObject();
            g.write("schemaVersion", SCHEMA_VERSION);
            g.write("id", s.id());
            g.write("versionNumber", s.versionNumber());
            g.write("generatedFrom", GENERATED_FROM);
            string("title", s.title());
            string("asOfDate", date(s.asOfDate()));
            string("status", s.status());
            string("kind", s.kind());
            g.write("fiscalYear", s.fiscalYear());
            OrderSheet.Authority a = s.authority();
            g.writeStartObject("authority");
            string("fullName", a.fullName());
            string("shortName", a.shortName());
            string("inn", a.inn());
            string("kpp", a.kpp());
            string("okpo", a.okpo());
            string("budgetChapter", a.budgetChapter());
            string("oktmo", a.oktmo());
            g.writeEnd();
            string("budgetName", s.budgetName());
            string("direction", s.direction());
            if (s.approval() != null) {
                g.writeStartObject("approval");
                string("position", s.approval().position());
                string("name", s.approval().name());
                string("date", date(s.approval().date()));
                g.writeEnd();
            }
            g.writeStartArray("periods");
            for (OrderSheet.Period p : s.periods()) {
                g.writeStartObject();
                g.write("year", p.year());
                string("kind", p.kind().name());
                if (p.kind() == PlanningPeriod.Kind.BEYOND && s.beyondPlanUntil() != null) {
                    g.write("lastYear", s.beyondPlanUntil());
                }
                string("label", p.label());
                g.writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("lines");
            for (OrderSheet.Line l : s.lines()) {
                line(l);
            }
            g.writeEnd();
            g.writeEnd();
        }

        private void line(OrderSheet.Line l) {
            g.writeStartObject();
            g.write("no", l.no());
            string("registryNumber", l.registryNumber());
            string("serviceName", l.serviceName());
            string("content", l.content());
            string("conditions", l.conditions());
            string("consumerCategory", l.consumerCategory());
            if (l.determinationYear() != null) {
                g.write("determinationYear", l.determinationYear());
            }
            string("place", l.place());
            boolean unit = hasUnit(l.unitName(), l.unitCode());
            if (text(l.volumeIndicator()) != null || unit) {
                g.writeStartObject("volumeIndicator");
                string("name", l.volumeIndicator());
                unit(l.unitName(), l.unitCode());
                g.writeEnd();
            }
            number("normativeCost", plain(l.normativeCost()));
            string("standardAct", l.standardAct());
            g.writeStartArray("volumes");
            for (OrderSheet.Volume v : l.volumes()) {
                g.writeStartObject();
                g.write("year", v.year());
                number("total", volume(v.total()));
                for (Method m : Method.values()) {
                    number(m.field(), volume(v.get(m)));
                }
                g.writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("qualityIndicators");
            for (OrderSheet.Quality q : l.quality()) {
                g.writeStartObject();
                g.write("year", q.year());
                string("name", q.indicator());
                unit(q.unitName(), q.unitCode());
                number("value", plain(q.value()));
                if (q.deviation() != null) {
                    g.writeStartObject("permittedDeviation");
                    g.write("kind", q.deviationInPercent() ? "PERCENT" : "ABSOLUTE");
                    number("value", plain(q.deviation()));
                    g.writeEnd();
                }
                g.writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
        }

        private void unit(String name, String code) {
            if (!hasUnit(name, code)) {
                return;
            }
            g.writeStartObject("unit");
            g.write("okei", text(code));
            g.write("name", text(name));
            g.writeEnd();
        }

        private void string(String key, String value) {
            String v = text(value);
            if (v != null) {
                g.write(key, v);
            }
        }

        /** Written from its plain form: a BigDecimal of scale ≥ 0 prints without an exponent. */
        private void number(String key, String plain) {
            if (plain != null) {
                g.write(key, new BigDecimal(plain));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ schemas

    /** The schema texts, read once from the classpath on first use. */
    private static final class Schemas {
        static final String XSD = read(XSD_RESOURCE);
        static final String JSON_SCHEMA = read(JSON_SCHEMA_RESOURCE);

        private static String read(String resource) {
            try (InputStream in = OrderPublication.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Resource not found: " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
