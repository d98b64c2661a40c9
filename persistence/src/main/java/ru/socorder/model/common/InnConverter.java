package ru.socorder.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ru.socorder.model.identifier.Inn;

/** Stores {@link Inn} in its compact canonical form. */
@Converter(autoApply = true)
public class InnConverter implements AttributeConverter<Inn, String> {
    @Override
    public String convertToDatabaseColumn(Inn attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Inn convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Inn.of(dbData);
    }
}
