package org.casework.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

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
