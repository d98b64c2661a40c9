package ru.socorder.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ru.socorder.model.identifier.Kpp;

/** Stores {@link Kpp} in its compact canonical form. */
@Converter(autoApply = true)
public class KppConverter implements AttributeConverter<Kpp, String> {
    @Override
    public String convertToDatabaseColumn(Kpp attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public Kpp convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Kpp.of(dbData);
    }
}
