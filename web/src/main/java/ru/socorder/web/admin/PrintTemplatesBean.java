package ru.socorder.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.reporting.PrintTemplates;
import ru.socorder.web.shell.FacesErrors;

/**
 * «Шаблоны печатных форм» (administrators): each form with its template — shipped or replaced (file, who, when);
 * the shipped or current template downloaded, a replacement uploaded (refused with the reason when it does not
 * compile, lacks the form's data or cannot print a sample), the shipped one restored.
 */
@Named("printTemplates")
@ViewScoped
public class PrintTemplatesBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PrintTemplates service;

    private List<PrintTemplates.TemplateInfo> forms;
    private String chosen;

    public List<PrintTemplates.TemplateInfo> getForms() {
        if (forms == null) {
            forms = service.list();
        }
        return forms;
    }

    public StreamedContent download(String name, boolean shipped) {
        byte[] content = shipped ? service.shipped(name) : service.current(name);
        return DefaultStreamedContent.builder().name(name.replace('/', '-') + (shipped ? "-shipped" : "") + ".jrxml")
                .contentType("application/xml").stream(() -> new ByteArrayInputStream(content)).build();
    }

    public void choose(String name) {
        chosen = name;
    }

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            PrintTemplates.TemplateInfo t = service.replace(chosen, event.getFile().getFileName(), in.readAllBytes());
            forms = null;
            FacesErrors.info("Шаблон «" + t.title() + "» заменён: печатается загруженный файл " + t.fileName());
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        } catch (IOException e) {
            FacesErrors.show(new ValidationFailed("file", "Файл не удалось получить: загрузите его снова"), null);
        }
    }

    public void revert(String name) {
        try {
            PrintTemplates.TemplateInfo t = service.revert(name);
            forms = null;
            FacesErrors.info("Шаблон «" + t.title() + "»: восстановлен поставляемый");
        } catch (BusinessException e) {
            FacesErrors.show(e, null);
        }
    }

    public String getChosen() {
        return chosen;
    }
}
