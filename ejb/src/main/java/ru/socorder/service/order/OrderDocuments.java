package ru.socorder.service.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.nio.charset.StandardCharsets;
import ru.socorder.service.audit.AuditEvent;
import ru.socorder.service.audit.AuditLog;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.PrintedForm;
import ru.socorder.service.reporting.ReportEngine;

/**
 * Documents of a social order version: the printed form after decree 1613 (PDF to send, DOCX to edit), its tables as
 * XLSX, and the publication export for the unified budget portal (XML with the published XSD, JSON with its JSON
 * Schema — only for an approved or published order). Reading rights are those of {@link OrderFormationService#get}.
 */
@Stateless
public class OrderDocuments {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private OrderFormationService orders;

    @EJB
    private ReportEngine reports;

    @EJB
    private AuditLog audit;

    public PrintedForm form(long id, PrintFormat format) {
        OrderSheet sheet = orders.sheet(id);
        return new PrintedForm(OrderPrinter.fileName(sheet, format.extension()), format.contentType(),
                reports.print(OrderPrinter.form(sheet), format));
    }

    public PrintedForm tables(long id) {
        OrderSheet sheet = orders.sheet(id);
        return new PrintedForm(OrderPrinter.fileName(sheet, "xlsx"), XLSX, OrderWorkbook.xlsx(sheet));
    }

    /** The publication export, {@code xml} or {@code json}; a draft or an order under approval is refused (409). */
    public PrintedForm publication(long id, String format) {
        OrderSheet sheet = orders.sheet(id);
        boolean xml = "xml".equals(format);
        byte[] content = xml ? OrderPublication.xml(sheet) : OrderPublication.json(sheet);
        audit.record(AuditEvent.ORDER_EXPORTED, id, format);
        return new PrintedForm("social-order-" + sheet.fiscalYear() + "-v" + sheet.versionNumber() + "." + format,
                xml ? "application/xml;charset=UTF-8" : "application/json;charset=UTF-8", content);
    }

    /** The published schemas of the export, by file name; another name is 404. */
    public static PrintedForm schema(String name) {
        return switch (name) {
            case "social-order-1.0.xsd" -> new PrintedForm(name, "application/xml;charset=UTF-8",
                    OrderPublication.xsd().getBytes(StandardCharsets.UTF_8));
            case "social-order-1.0.schema.json" -> new PrintedForm(name, "application/schema+json;charset=UTF-8",
                    OrderPublication.jsonSchema().getBytes(StandardCharsets.UTF_8));
            default -> throw new NotFound("Схема «" + name + "» не найдена: есть social-order-1.0.xsd и social-order-1.0.schema.json");
        };
    }
}
