package org.casework.evidence.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.casework.kernel.Sha256;

@Converter(autoApply = true)
public class Sha256Converter implements AttributeConverter<Sha256, String> {
    @Override
    public String convertToDatabaseColumn(Sha256 sha) {
        return sha == null ? null : sha.hex();
    }

    @Override
    public Sha256 convertToEntityAttribute(String value) {
        return value == null ? null : new Sha256(value);
    }
}
