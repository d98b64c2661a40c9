package ru.socorder.web.format;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import ru.socorder.model.common.RussianText;

/** Roubles as documents state them: «15 000,00» (kopecks, half-up; no-break spaces, decimal comma); read back the same. */
@FacesConverter("amount")
public class AmountConverter implements Converter<BigDecimal> {
    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.replaceAll("[\\s\\u00A0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Сумма указана неверно: «" + value.trim() + "»", null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : RussianText.amount(value);
    }
}
