package org.casework.statistics.control;

import java.util.Arrays;
import java.util.Locale;
import org.casework.kernel.InvalidFieldException;

/** What a statistics table counts closed cases by. */
public enum Dimension {
    OUTCOME, PLATFORM, ALLEGATION,
    /** Who made the decision the case closed with. */
    DECIDER,
    /** What came of an appeal against it, apart from the outcome it is counted with. */
    APPEAL,
    /** What came of a review (Rule 12) of it, apart too. */
    REVIEW;

    public static Dimension parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return OUTCOME;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "must be one of " + Arrays.stream(values())
                    .map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
