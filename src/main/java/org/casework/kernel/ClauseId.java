package org.casework.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The stable identifier of a clause in one policy version, e.g. {@code MSC-SM-2020/8}. */
public record ClauseId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{2,40}/[0-9A-Za-z.]{1,10}");

    public ClauseId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a clause id: " + value);
        }
    }

    /** Clause ids as a caller gave them, each once in the order given; a malformed one is refused by field. */
    public static List<ClauseId> parseAll(List<String> raw, String field) {
        if (raw == null) {
            return List.of();
        }
        List<ClauseId> ids = new ArrayList<>();
        for (String candidate : new LinkedHashSet<>(raw)) {
            if (!isWellFormed(candidate)) {
                throw new InvalidFieldException(field, "contains an unknown clause: " + candidate);
            }
            ids.add(new ClauseId(candidate));
        }
        return ids;
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
