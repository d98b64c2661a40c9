package ru.socorder.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ru.socorder.model.identifier.Oktmo;

/** Stores {@link Oktmo} in its compact canonical form. */
@Converter(autoApply = true)
public class OktmoConverter implements AttributeConverter<Oktmo, String> {
    @Override
    public String convertToDatabaseColumn(Oktmo attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Oktmo convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Oktmo.of(dbData);
    }
}
