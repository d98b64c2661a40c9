package ru.socorder.web.certificate;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import ru.socorder.service.certificate.ConsumerRow;
import ru.socorder.service.certificate.Consumers;
import ru.socorder.service.common.BusinessException;

/** The consumer picker's value: the id in the page, the masked row in the bean. */
@FacesConverter(value = "consumerRow", managed = true)
public class ConsumerRowConverter implements Converter<ConsumerRow> {
    @EJB
    private Consumers consumers;

    @Override
    public ConsumerRow getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return consumers.row(Long.parseLong(value.strip()));
        } catch (NumberFormatException | BusinessException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ConsumerRow value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
