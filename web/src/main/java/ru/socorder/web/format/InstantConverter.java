package ru.socorder.web.format;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import ru.socorder.model.common.RussianText;

/** A moment for display (history, audit): dd.MM.yyyy HH:mm in the server's time zone. Output only. */
@FacesConverter("instant")
public class InstantConverter implements Converter<Instant> {
    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("read-only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return format(value);
    }

    /** The display form, for texts composed with a moment. */
    public static String format(Instant value) {
        return value == null ? "" : RussianText.dateTime(LocalDateTime.ofInstant(value, ZoneId.systemDefault()));
    }
}
