package org.casework.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class TeamCodeConverter implements AttributeConverter<TeamCode, String> {
    @Override
    public String convertToDatabaseColumn(TeamCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public TeamCode convertToEntityAttribute(String value) {
        return value == null ? null : new TeamCode(value);
    }
}
