package org.casework.intake.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.casework.cases.entity.PatientIdentifiable;
import org.casework.cases.entity.PostUrl;
import org.casework.cases.entity.Relationship;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Platform;
import org.casework.kernel.Reason;
import org.casework.kernel.Require;

/** Turns the text fields of a submission into the domain's types, naming the field when one does not fit. */
public final class SubmissionFields {

    private SubmissionFields() {
    }

    /** The platform chosen, or else the one the first recognisable link names. */
    public static Platform platform(String value, List<String> links) {
        if (value == null || value.isBlank()) {
            return links == null ? null : links.stream()
                    .map(l -> {
                        try {
                            return PostUrl.parse(l, "postLinks").platform().orElse(null);
                        } catch (InvalidFieldException e) {
                            return null;
                        }
                    })
                    .filter(Objects::nonNull).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("platform", Reason.REQUIRED, "is required"));
        }
        try {
            return Platform.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("platform", Reason.NOT_ONE_OF, "must be one of " + List.of(Platform.values()),
                    List.of(Platform.values()));
        }
    }

    public static Relationship relationship(String value) {
        if (value == null || value.isBlank()) {
            return Relationship.OTHER;
        }
        try {
            return Relationship.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("complainant.relationship", "must be one of "
                    + List.of(Relationship.values()));
        }
    }

    public static PatientIdentifiable identifiable(String value) {
        if (value == null || value.isBlank()) {
            return PatientIdentifiable.NOT_SURE;
        }
        try {
            return PatientIdentifiable.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("patientIdentifiable", "must be one of "
                    + List.of(PatientIdentifiable.values()));
        }
    }

    public static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(Require.text(value, field, 10));
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, Reason.NOT_A_DATE, "must be a date written as YYYY-MM-DD");
        }
    }

    public static LocalDate optionalDate(String value, String field) {
        return value == null || value.isBlank() ? null : date(value, field);
    }
}
