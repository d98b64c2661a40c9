package ru.socorder.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ru.socorder.model.identifier.Ogrn;

/** Stores {@link Ogrn} in its compact canonical form. */
@Converter(autoApply = true)
public class OgrnConverter implements AttributeConverter<Ogrn, String> {
    @Override
    public String convertToDatabaseColumn(Ogrn attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Ogrn convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Ogrn.of(dbData);
    }
}
