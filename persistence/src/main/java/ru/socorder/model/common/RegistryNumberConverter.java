package ru.socorder.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ru.socorder.model.identifier.RegistryNumber;

/** Stores {@link RegistryNumber} in its compact canonical form. */
@Converter(autoApply = true)
public class RegistryNumberConverter implements AttributeConverter<RegistryNumber, String> {
    @Override
    public String convertToDatabaseColumn(RegistryNumber attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public RegistryNumber convertToEntityAttribute(String dbData) {
        return dbData == null ? null : RegistryNumber.ofCanonical(dbData);
    }
}
