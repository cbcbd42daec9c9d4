package org.casework.kernel;

import java.util.regex.Pattern;

/** Identifies an investigation team, e.g. {@code southern}: lower-case letters, digits and hyphens. */
public record TeamCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public TeamCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A team code is 2 to 40 lower-case letters, digits or hyphens, "
                    + "starting with a letter");
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
