package ru.socorder.service.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import ru.socorder.model.order.Volumes;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.Method;
import ru.socorder.service.common.Conflict;

class OrderPublicationTest {
    private static final String NS = OrderPublication.NAMESPACE;
    private static final String TECH = "804200О.99.0.ББ52АЕ04000";
    private static final String ART = "804200О.99.0.ББ52АЕ76000";
    private static final String DOP = "Реализация дополнительных общеразвивающих программ";
    private static final String SHARE = "Доля детей, осваивающих дополнительные общеразвивающие программы, "
            + "от общего числа детей в возрасте от 5 до 18 лет";
    private static final String SATISFACTION = "Удовлетворённость родителей (законных представителей) качеством услуги";
    private static final String ACT = "Постановление администрации Лужского муниципального района Ленинградской области "
            + "«Об утверждении порядка оказания муниципальной услуги „Реализация дополнительных общеразвивающих программ“ "
            + "в соответствии с социальным сертификатом»";

    private static javax.xml.validation.Schema xsd;
    private static Schema jsonSchema;

    @BeforeAll
    static void schemas() throws SAXException {
        xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new StringReader(OrderPublication.xsd())));
        jsonSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(OrderPublication.jsonSchema(), InputFormat.JSON);
    }

    // ------------------------------------------------------------------------------------------------ XML

    @Test
    void xmlIsValidAgainstThePublishedXsd() throws Exception {
        validateXml(OrderPublication.xml(luga("APPROVED", false)));
        validateXml(OrderPublication.xml(luga("PUBLISHED", true)));
    }

    @Test
    void xmlIsPrettyPrintedWithAFixedDeclarationAndPlainDecimals() {
        String xml = utf8(OrderPublication.xml(luga("APPROVED", false)));
        assertTrue(xml.startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <socialOrder xmlns="urn:socorder:social-order:1.0" schemaVersion="1.0" id="1042" versionNumber="1" \
                generatedFrom="Соцзаказ">
                  <title>Муниципальный социальный заказ"""), xml);
        assertTrue(xml.contains("""
                      <volumes>
                        <volume year="2024">
                          <total>12000</total>
                          <treasury>0</treasury>
                          <budgetAutonomous>9000</budgetAutonomous>
                          <competition>0</competition>
                          <certificates>3000</certificates>
                        </volume>
                """), xml);
        assertTrue(xml.contains("<unit okei=\"539\">Человеко-час</unit>"), xml);
        assertTrue(xml.contains("<normativeCost>142.375</normativeCost>"), xml);
        assertTrue(xml.contains("<permittedDeviation kind=\"PERCENT\">10</permittedDeviation>"), xml);
        assertTrue(xml.contains("<value>92.5</value>"), xml);
        assertTrue(xml.contains("<oktmo>41633000</oktmo>"), xml);
        assertTrue(xml.contains("<kind>первичный</kind>"), xml);
        assertTrue(xml.endsWith("</socialOrder>\n"), xml);
        assertFalse(xml.contains("E+"), "no exponent notation");
        assertFalse(xml.contains("\r"), "LF line ends only");
    }

    @Test
    void aPeriodBeyondThePlanIsExportedWithItsLastYear() throws Exception {
        byte[] bytes = OrderPublication.xml(luga("APPROVED", true));
        validateXml(bytes);
        String xml = utf8(bytes);
        assertTrue(xml.contains("<period year=\"2027\" kind=\"BEYOND\" lastYear=\"2030\">"), xml);
        assertTrue(xml.contains("<label>на срок оказания услуг за пределами планового периода (2027–2030 годы)</label>"), xml);
        assertTrue(xml.contains("<volume year=\"2027\">"), xml);
    }

    @Test
    void tamperedXmlFailsValidation() {
        String xml = utf8(OrderPublication.xml(luga("APPROVED", false)));
        assertXmlInvalid(xml.replaceFirst("<total>12000</total>", "<total>-12000</total>"), "negative volume");
        assertXmlInvalid(xml.replaceFirst("<total>12000</total>", "<total>12000.00001</total>"), "five fraction digits");
        // Latin «O» in the list-flag position
        assertXmlInvalid(xml.replace(TECH, "804200O.99.0.ББ52АЕ04000"), "Latin O in position 7");
        assertXmlInvalid(xml.replace(TECH, "804200О.99.0.ББ52АЕ0400"), "20 significant characters");
        assertXmlInvalid(xml.replace("<inn>4710001013</inn>", "<inn>47100010</inn>"), "8-digit INN");
        assertXmlInvalid(xml.replace("<oktmo>41633000</oktmo>", "<oktmo>4163300</oktmo>"), "7-digit OKTMO");
        assertXmlInvalid(xml.replace("<status>APPROVED</status>", "<status>DRAFT</status>"), "a draft");
        assertXmlInvalid(xml.replace("kind=\"PLAN2\"", "kind=\"PLAN3\""), "unknown period kind");
        assertXmlInvalid(xml.replace("<kind>первичный</kind>", "<kind>уточнённый</kind>"), "unknown order kind");
        assertXmlInvalid(xml.replaceFirst("<volume year=\"2026\">", "<volume year=\"2031\">"), "volume outside the periods");
        assertXmlInvalid(xml.replaceFirst("<asOfDate>2024-01-01</asOfDate>", "<asOfDate>01.01.2024</asOfDate>"), "Russian date");
        assertXmlInvalid(xml.replaceFirst("<title>", "<exportedAt>2024-05-01T10:00:00Z</exportedAt><title>"), "extra element");
    }

    // ------------------------------------------------------------------------------------------------ JSON

    @Test
    void jsonIsValidAgainstThePublishedJsonSchema() {
        assertEquals(List.of(), validateJson(OrderPublication.json(luga("APPROVED", false))));
        assertEquals(List.of(), validateJson(OrderPublication.json(luga("PUBLISHED", true))));
    }

    @Test
    void jsonWritesDecimalsAsPlainNumbers() {
        String json = utf8(OrderPublication.json(luga("APPROVED", false)));
        assertTrue(json.contains("\"total\": 12000,"), json);
        assertTrue(json.contains("\"normativeCost\": 142.375,"), json);
        assertTrue(json.contains("\"value\": 92.5"), json);
        assertTrue(json.contains("\"registryNumber\": \"" + TECH + "\""), json);
        assertFalse(json.contains("E+"), "no exponent notation");
        assertTrue(json.startsWith("{\n    \"schemaVersion\": \"1.0\",\n    \"id\": 1042,"), json);
        assertTrue(json.endsWith("}\n"), json);
    }

    @Test
    void tamperedJsonFailsValidation() {
        String json = utf8(OrderPublication.json(luga("APPROVED", false)));
        assertJsonInvalid(json.replaceFirst("\"total\": 12000", "\"total\": -12000"), "negative volume");
        assertJsonInvalid(json.replaceFirst("\"total\": 12000", "\"total\": 12000.00001"), "five fraction digits");
        assertJsonInvalid(json.replace(TECH, "804200O.99.0.ББ52АЕ04000"), "Latin O in position 7");
        assertJsonInvalid(json.replace(TECH, "804200О.99.0.ББ52АЕ0400"), "20 significant characters");
        assertJsonInvalid(json.replace("\"4710001013\"", "\"47100010\""), "8-digit INN");
        assertJsonInvalid(json.replace("\"41633000\"", "\"4163300\""), "7-digit OKTMO");
        assertJsonInvalid(json.replace("\"APPROVED\"", "\"DRAFT\""), "a draft");
        assertJsonInvalid(json.replace("\"PLAN2\"", "\"PLAN3\""), "unknown period kind");
        assertJsonInvalid(json.replace("\"2024-01-01\"", "\"01.01.2024\""), "Russian date");
        assertJsonInvalid(json.replaceFirst("\\{", "{\"exportedAt\": \"2024-05-01T10:00:00Z\","), "extra key");
        assertJsonInvalid(json.replaceFirst("\"total\": 12000", "\"total\": \"12000\""), "volume as a string");
    }

    @Test
    void theJsonSchemaIsAValidDraft202012Schema() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertEquals(List.of(), meta.validate(OrderPublication.jsonSchema(), InputFormat.JSON));
    }

    // ------------------------------------------------------------------------------------------------ both

    @Test
    void theExportIsStable() {
        OrderSheet sheet = luga("APPROVED", true);
        assertArrayEquals(OrderPublication.xml(sheet), OrderPublication.xml(sheet));
        assertArrayEquals(OrderPublication.json(sheet), OrderPublication.json(sheet));
        // rebuilt from scratch, lines in the same order
        assertArrayEquals(OrderPublication.xml(sheet), OrderPublication.xml(luga("APPROVED", true)));
        assertArrayEquals(OrderPublication.json(sheet), OrderPublication.json(luga("APPROVED", true)));
        // the same values with other scales (as read back from numeric(19,4)) and the database's own order
        // of volumes and quality indicators
        OrderSheet reread = shuffled(rescaled(sheet));
        assertArrayEquals(OrderPublication.xml(sheet), OrderPublication.xml(reread));
        assertArrayEquals(OrderPublication.json(sheet), OrderPublication.json(reread));
    }

    @Test
    void onlyApprovedOrPublishedOrdersAreExported() {
        for (String status : List.of("DRAFT", "UNDER_APPROVAL")) {
            OrderSheet draft = luga(status, false);
            Conflict x = assertThrows(Conflict.class, () -> OrderPublication.xml(draft));
            assertEquals("Выгрузить для публикации можно только утверждённый или опубликованный заказ", x.getMessage());
            Conflict j = assertThrows(Conflict.class, () -> OrderPublication.json(draft));
            assertEquals(x.getMessage(), j.getMessage());
        }
    }

    @Test
    void xmlAndJsonCarryTheSameFacts() throws Exception {
        OrderSheet sheet = luga("APPROVED", true);
        Document xml = parseXml(OrderPublication.xml(sheet));
        JsonObject json = parseJson(OrderPublication.json(sheet));

        List<String> xmlNumbers = texts(xml.getDocumentElement(), "registryNumber");
        List<String> jsonNumbers = json.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("registryNumber")).toList();
        assertEquals(List.of(TECH, ART), xmlNumbers);
        assertEquals(xmlNumbers, jsonNumbers);

        Map<Integer, BigDecimal> xmlTotals = new TreeMap<>();
        NodeList volumes = xml.getElementsByTagNameNS(NS, "volume");
        for (int i = 0; i < volumes.getLength(); i++) {
            Element v = (Element) volumes.item(i);
            xmlTotals.merge(Integer.parseInt(v.getAttribute("year")), new BigDecimal(texts(v, "total").get(0)), BigDecimal::add);
        }
        Map<Integer, BigDecimal> jsonTotals = new TreeMap<>();
        for (JsonObject l : json.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            for (JsonObject v : l.getJsonArray("volumes").getValuesAs(JsonObject.class)) {
                jsonTotals.merge(v.getInt("year"), v.getJsonNumber("total").bigDecimalValue(), BigDecimal::add);
            }
        }
        assertEquals(Map.of(2024, new BigDecimal("30000"), 2025, new BigDecimal("30000"), 2026, new BigDecimal("30600"),
                2027, new BigDecimal("12000")), normalised(xmlTotals));
        assertEquals(normalised(xmlTotals), normalised(jsonTotals));

        // the split adds up in both forms: 12000 = 9000 + 3000
        Element first = (Element) volumes.item(0);
        assertEquals(List.of("12000", "0", "9000", "0", "3000"), List.of(texts(first, "total").get(0),
                texts(first, "treasury").get(0), texts(first, "budgetAutonomous").get(0), texts(first, "competition").get(0),
                texts(first, "certificates").get(0)));
        JsonObject firstJson = json.getJsonArray("lines").getJsonObject(0).getJsonArray("volumes").getJsonObject(0);
        assertEquals("12000 0 9000 0 3000", String.join(" ", firstJson.getJsonNumber("total").toString(),
                firstJson.getJsonNumber("treasury").toString(), firstJson.getJsonNumber("budgetAutonomous").toString(),
                firstJson.getJsonNumber("competition").toString(), firstJson.getJsonNumber("certificates").toString()));

        // periods, quality indicators with their permitted deviation
        assertEquals(List.of("FISCAL", "PLAN1", "PLAN2", "BEYOND"), attributes(xml, "period", "kind"));
        assertEquals(attributes(xml, "period", "kind"), json.getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("kind")).toList());
        NodeList deviations = xml.getElementsByTagNameNS(NS, "permittedDeviation");
        List<String> xmlDeviations = new ArrayList<>();
        for (int i = 0; i < deviations.getLength(); i++) {
            Element d = (Element) deviations.item(i);
            xmlDeviations.add(d.getAttribute("kind") + " " + d.getTextContent());
        }
        List<String> jsonDeviations = new ArrayList<>();
        for (JsonObject l : json.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            for (JsonObject q : l.getJsonArray("qualityIndicators").getValuesAs(JsonObject.class)) {
                if (q.containsKey("permittedDeviation")) {
                    JsonObject d = q.getJsonObject("permittedDeviation");
                    jsonDeviations.add(d.getString("kind") + " " + d.getJsonNumber("value"));
                }
            }
        }
        assertTrue(xmlDeviations.contains("PERCENT 10"), xmlDeviations.toString());
        assertEquals(xmlDeviations, jsonDeviations);
        assertEquals(texts(xml.getDocumentElement(), "standardAct"), json.getJsonArray("lines").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("standardAct")).toList());
        assertEquals(json.getJsonObject("authority").getString("fullName"), texts(xml.getDocumentElement(), "fullName").get(0));
    }

    @Test
    void absentOptionalValuesAreLeftOutAndTheDocumentStaysValid() throws Exception {
        OrderSheet full = luga("APPROVED", false);
        OrderSheet.Line l = full.lines().get(0);
        OrderSheet.Line bare = new OrderSheet.Line(1, l.registryNumber(), l.serviceName(), null, null, null, null, null, null,
                null, null, null, null, List.of(), List.of());
        OrderSheet.Authority a = new OrderSheet.Authority(full.authority().fullName(), full.authority().shortName(),
                null, null, null, null, null, null, null);
        OrderSheet sheet = new OrderSheet(7, 2, "PUBLISHED", "изменённый", "Заказ & <проект>\r\nс переносом строки\u0001", null, 2024,
                null, a, null, null, null, full.periods(), List.of(bare));
        byte[] xml = OrderPublication.xml(sheet);
        validateXml(xml);
        byte[] json = OrderPublication.json(sheet);
        assertEquals(List.of(), validateJson(json));
        assertTrue(utf8(xml).contains("<title>Заказ &amp; &lt;проект&gt;\nс переносом строки</title>"), utf8(xml));
        assertTrue(utf8(xml).contains("<volumes/>"), utf8(xml));
        assertFalse(utf8(xml).contains("<inn>"), utf8(xml));
        JsonObject o = parseJson(json);
        assertEquals("Заказ & <проект>\nс переносом строки", o.getString("title"));
        assertEquals(o.getString("title"), parseXml(xml).getElementsByTagNameNS(NS, "title").item(0).getTextContent());
        assertFalse(o.getJsonObject("authority").containsKey("inn"));
        assertFalse(o.containsKey("approval"));
    }

    @Test
    void fractionalVolumesUpToFourDecimalPlacesAreValidInBothForms() throws Exception {
        OrderSheet sheet = luga("APPROVED", false);
        OrderSheet.Line l = sheet.lines().get(1);
        OrderSheet.Line fractional = new OrderSheet.Line(l.no(), l.registryNumber(), l.serviceName(), l.content(),
                l.conditions(), l.consumerCategory(), l.determinationYear(), l.place(), l.volumeIndicator(), l.unitName(),
                l.unitCode(), new BigDecimal("169.550001"), l.standardAct(),
                List.of(volume(2024, "1234.5678", "0.0003", "1234.5675", "0", "0.0000")), l.quality());
        OrderSheet s = withLines(sheet, List.of(sheet.lines().get(0), fractional));
        byte[] xml = OrderPublication.xml(s);
        validateXml(xml);
        byte[] json = OrderPublication.json(s);
        assertEquals(List.of(), validateJson(json));
        assertTrue(utf8(xml).contains("<treasury>0.0003</treasury>"), utf8(xml));
        assertTrue(utf8(xml).contains("<certificates>0</certificates>"), utf8(xml));
        assertTrue(utf8(json).contains("\"treasury\": 0.0003,"), utf8(json));
        assertTrue(utf8(json).contains("\"normativeCost\": 169.550001,"), utf8(json));
    }

    @Test
    void thePublishedSchemasAreTheResourceTexts() {
        assertTrue(OrderPublication.xsd().contains("targetNamespace=\"urn:socorder:social-order:1.0\""));
        assertTrue(OrderPublication.jsonSchema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    }

    // ------------------------------------------------------------------------------------------------ data

    /** The Luga 2024 order with two lines; with {@code beyond} the order also runs 2027–2030 beyond the plan. */
    static OrderSheet luga(String status, boolean beyond) {
        List<OrderSheet.Period> periods = new ArrayList<>(List.of(
                new OrderSheet.Period(2024, PlanningPeriod.Kind.FISCAL, "на 2024 год (на очередной финансовый год)"),
                new OrderSheet.Period(2025, PlanningPeriod.Kind.PLAN1, "на 2025 год (на 1-й год планового периода)"),
                new OrderSheet.Period(2026, PlanningPeriod.Kind.PLAN2, "на 2026 год (на 2-й год планового периода)")));
        if (beyond) {
            periods.add(new OrderSheet.Period(2027, PlanningPeriod.Kind.BEYOND,
                    "на срок оказания услуг за пределами планового периода (2027–2030 годы)"));
        }
        List<OrderSheet.Volume> tech = new ArrayList<>();
        List<OrderSheet.Quality> techQuality = new ArrayList<>();
        for (OrderSheet.Period p : periods) {
            tech.add(volume(p.year(), "12000", "0", "9000", "0", "3000"));
            techQuality.add(new OrderSheet.Quality(p.year(), SHARE, "Процент", "744", "%", new BigDecimal("75"),
                    new BigDecimal("10"), true));
            techQuality.add(new OrderSheet.Quality(p.year(), SATISFACTION, "Процент", "744", "%", new BigDecimal("92.5"),
                    new BigDecimal("2"), false));
        }
        List<OrderSheet.Volume> art = List.of(volume(2024, "18000", "0", "13500", "0", "4500"),
                volume(2025, "18000", "0", "13500", "0", "4500"), volume(2026, "18600", "0", "13950", "0", "4650"));
        OrderSheet.Line l1 = new OrderSheet.Line(1, TECH, DOP, "техническая направленность", "очная",
                "обучающиеся без указания категории", 2024, "Лужский муниципальный район", "Количество человеко-часов",
                "Человеко-час", "539", new BigDecimal("142.3750"), ACT, List.copyOf(tech), List.copyOf(techQuality));
        OrderSheet.Line l2 = new OrderSheet.Line(2, ART, DOP, "художественная направленность", "очная",
                "обучающиеся без указания категории", 2024, "Лужский муниципальный район", "Количество человеко-часов",
                "Человеко-час", "539", new BigDecimal("169.5500"), ACT, art,
                List.of(new OrderSheet.Quality(2024, SHARE, "Процент", "744", "%", new BigDecimal("80"), new BigDecimal("10"), true)));
        OrderSheet.Authority authority = new OrderSheet.Authority(
                "Администрация Лужского муниципального района Ленинградской области",
                "Администрация Лужского муниципального района", "4710001013", "471001001", "04031230", "901", "41633000",
                "Глава администрации Лужского муниципального района", "Ю.В. Намлиев");
        boolean approved = status.equals("APPROVED") || status.equals("PUBLISHED");
        OrderSheet.Approval approval = approved ? new OrderSheet.Approval(authority.headPosition(), authority.headName(),
                LocalDate.of(2023, 12, 28)) : null;
        return new OrderSheet(1042, 1, status, "первичный",
                "Муниципальный социальный заказ на оказание муниципальных услуг в социальной сфере на 2024 год "
                        + "и на плановый период 2025–2026 годов",
                LocalDate.of(2024, 1, 1), 2024, beyond ? 2030 : null, authority, "Бюджет Лужского муниципального района",
                "Реализация дополнительных образовательных программ (за исключением дополнительных предпрофессиональных "
                        + "программ в области искусств)",
                approval, List.copyOf(periods), List.of(l1, l2));
    }

    private static OrderSheet.Volume volume(int year, String total, String treasury, String budgetAutonomous,
                                            String competition, String certificates) {
        return new OrderSheet.Volume(year, Volumes.of(new BigDecimal(total), new BigDecimal(treasury),
                new BigDecimal(budgetAutonomous), new BigDecimal(competition), new BigDecimal(certificates)));
    }

    /** Every decimal with scale 4, as numeric(19,4) reads back. */
    private static OrderSheet rescaled(OrderSheet s) {
        List<OrderSheet.Line> lines = s.lines().stream().map(l -> new OrderSheet.Line(l.no(), l.registryNumber(),
                l.serviceName(), l.content(), l.conditions(), l.consumerCategory(), l.determinationYear(), l.place(),
                l.volumeIndicator(), l.unitName(), l.unitCode(), scale4(l.normativeCost()), l.standardAct(),
                l.volumes().stream().map(v -> new OrderSheet.Volume(v.year(), scale4(v.volumes()))).toList(),
                l.quality().stream().map(q -> new OrderSheet.Quality(q.year(), q.indicator(), q.unitName(), q.unitCode(), q.unitShortName(),
                        scale4(q.value()), scale4(q.deviation()), q.deviationInPercent())).toList())).toList();
        return withLines(s, lines);
    }

    /** Volumes and quality indicators in reverse order, as a database may return them. */
    private static OrderSheet shuffled(OrderSheet s) {
        List<OrderSheet.Line> lines = s.lines().stream().map(l -> {
            List<OrderSheet.Volume> volumes = new ArrayList<>(l.volumes());
            Collections.reverse(volumes);
            List<OrderSheet.Quality> quality = new ArrayList<>(l.quality());
            Collections.reverse(quality);
            return new OrderSheet.Line(l.no(), l.registryNumber(), l.serviceName(), l.content(), l.conditions(),
                    l.consumerCategory(), l.determinationYear(), l.place(), l.volumeIndicator(), l.unitName(), l.unitCode(),
                    l.normativeCost(), l.standardAct(), volumes, quality);
        }).toList();
        return withLines(s, lines);
    }

    private static OrderSheet withLines(OrderSheet s, List<OrderSheet.Line> lines) {
        return new OrderSheet(s.id(), s.versionNumber(), s.status(), s.kind(), s.title(), s.asOfDate(), s.fiscalYear(),
                s.beyondPlanUntil(), s.authority(), s.budgetName(), s.direction(), s.approval(), s.periods(), lines);
    }

    private static Volumes scale4(Volumes v) {
        Volumes scaled = Volumes.ZERO.withTotal(scale4(v.total()));
        for (Method m : Method.values()) {
            scaled = scaled.with(m, scale4(v.get(m)));
        }
        return scaled;
    }

    private static BigDecimal scale4(BigDecimal v) {
        return v == null ? null : v.setScale(4);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void validateXml(byte[] xml) throws Exception {
        Validator v = xsd.newValidator();
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static void assertXmlInvalid(String xml, String what) {
        assertThrows(SAXException.class, () -> validateXml(xml.getBytes(StandardCharsets.UTF_8)), what);
    }

    private static List<Error> validateJson(byte[] json) {
        return jsonSchema.validate(utf8(json), InputFormat.JSON);
    }

    private static void assertJsonInvalid(String json, String what) {
        assertFalse(jsonSchema.validate(json, InputFormat.JSON).isEmpty(), what);
    }

    private static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static JsonObject parseJson(byte[] json) {
        try (JsonReader r = Json.createReader(new ByteArrayInputStream(json))) {
            return r.readObject();
        }
    }

    private static List<String> texts(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static List<String> attributes(Document d, String element, String attribute) {
        NodeList nodes = d.getElementsByTagNameNS(NS, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return out;
    }

    private static Map<Integer, BigDecimal> normalised(Map<Integer, BigDecimal> m) {
        Map<Integer, BigDecimal> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, new BigDecimal(v.stripTrailingZeros().toPlainString())));
        return out;
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
