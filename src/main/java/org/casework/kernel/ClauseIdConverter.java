package org.casework.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ClauseIdConverter implements AttributeConverter<ClauseId, String> {
    @Override
    public String convertToDatabaseColumn(ClauseId id) {
        return id == null ? null : id.value();
    }

    @Override
    public ClauseId convertToEntityAttribute(String value) {
        return value == null ? null : new ClauseId(value);
    }
}
