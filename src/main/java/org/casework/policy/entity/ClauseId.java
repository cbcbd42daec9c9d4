package org.casework.policy.entity;

import java.util.regex.Pattern;

/** The stable identifier of a clause in one policy version, e.g. {@code MSC-SM-2020/8}. */
public record ClauseId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{2,40}/[0-9A-Za-z.]{1,10}");

    public ClauseId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a clause id: " + value);
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
