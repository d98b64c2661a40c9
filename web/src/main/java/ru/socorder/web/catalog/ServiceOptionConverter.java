package ru.socorder.web.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.catalog.ServiceCatalog;
import ru.socorder.service.common.NotFound;
import ru.socorder.web.shell.Bundle;

/** A service chosen in the service picker ({@code WEB-INF/tags/service-picker.xhtml}): its id on the page, its option here. */
@FacesConverter(value = "serviceOption", managed = true)
@ApplicationScoped
public class ServiceOptionConverter implements Converter<OptionItem> {
    @Inject
    private ServiceCatalog catalog;

    @Override
    public OptionItem getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return catalog.option(Long.parseLong(value.trim()));
        } catch (NumberFormatException | NotFound e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Bundle.text("picker.unknownService"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OptionItem value) {
        return value == null || value.id() == null ? "" : value.id().toString();
    }
}
