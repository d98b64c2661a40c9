package ru.socorder.web.format;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import ru.socorder.model.common.RussianText;

/** Dates as Russian clerks write them: dd.MM.yyyy. The default converter for {@link LocalDate}. */
@FacesConverter(forClass = LocalDate.class)
public class LocalDateConverter implements Converter<LocalDate> {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), FORMAT);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Дата указана неверно: «" + value.trim() + "» — ожидается ДД.ММ.ГГГГ", null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : RussianText.date(value);
    }
}
