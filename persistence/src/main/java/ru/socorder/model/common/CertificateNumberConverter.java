package ru.socorder.model.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ru.socorder.model.identifier.CertificateNumber;

/** Stores {@link CertificateNumber} in its compact canonical form. */
@Converter(autoApply = true)
public class CertificateNumberConverter implements AttributeConverter<CertificateNumber, String> {
    @Override
    public String convertToDatabaseColumn(CertificateNumber attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public CertificateNumber convertToEntityAttribute(String dbData) {
        return dbData == null ? null : CertificateNumber.of(dbData);
    }
}
