package ru.socorder.api.agreement;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ru.socorder.api.Downloads;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.reporting.PrintTemplates;

/**
 * Templates of printed forms (administrators): the list, a template downloaded ({@code ?name=&shipped=true} for the
 * one shipped), a replacement uploaded ({@code PUT ?name=&fileName=} with the .jrxml as the body; 400 at {@code file}
 * naming what is wrong) and reverted ({@code DELETE ?name=}).
 */
@Path("print-templates")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PrintTemplatesResource {
    @EJB
    private PrintTemplates templates;

    @GET
    public List<PrintTemplates.TemplateInfo> list() {
        return templates.list();
    }

    @GET
    @Path("template.jrxml")
    @Produces("application/xml")
    public Response download(@QueryParam("name") String name, @QueryParam("shipped") @DefaultValue("false") boolean shipped) {
        byte[] content = shipped ? templates.shipped(required(name)) : templates.current(required(name));
        return Downloads.of(name.replace('/', '-') + ".jrxml", "application/xml", content, "attachment");
    }

    @PUT
    @Consumes({"application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM})
    public PrintTemplates.TemplateInfo replace(@QueryParam("name") String name, @QueryParam("fileName") String fileName, byte[] content) {
        return templates.replace(required(name), fileName, content);
    }

    @DELETE
    public PrintTemplates.TemplateInfo revert(@QueryParam("name") String name) {
        return templates.revert(required(name));
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationFailed("name", "Укажите печатную форму (name), например agreement/agreement");
        }
        return name;
    }
}
