package ru.socorder.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ru.socorder.model.identifier.Snils;

/** Stores {@link Snils} in its compact canonical form. */
@Converter(autoApply = true)
public class SnilsConverter implements AttributeConverter<Snils, String> {
    @Override
    public String convertToDatabaseColumn(Snils attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Snils convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Snils.of(dbData);
    }
}
