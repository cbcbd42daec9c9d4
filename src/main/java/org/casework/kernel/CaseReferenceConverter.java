package org.casework.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CaseReferenceConverter implements AttributeConverter<CaseReference, String> {
    @Override
    public String convertToDatabaseColumn(CaseReference reference) {
        return reference == null ? null : reference.value();
    }

    @Override
    public CaseReference convertToEntityAttribute(String value) {
        return value == null ? null : new CaseReference(value);
    }
}
