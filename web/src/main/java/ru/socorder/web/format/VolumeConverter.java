package ru.socorder.web.format;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import ru.socorder.model.common.RussianText;

/**
 * Volumes as clerks write them: «12000», «12 000», «10,5»; shown as the totals show them, grouped by no-break spaces,
 * without trailing zeros («12 000»).
 */
@FacesConverter("volume")
public class VolumeConverter implements Converter<BigDecimal> {
    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value.replaceAll("[\\s\\u00A0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Объём указан неверно: «" + value.trim() + "»", null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : RussianText.number(value);
    }
}
