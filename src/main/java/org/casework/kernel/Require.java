package org.casework.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Argument checks shared by the case's entities; each failure names the field, so the API and the form can say which. */
public final class Require {

    /**
     * The JPA length of long text and binary columns (MEDIUMTEXT and MEDIUMBLOB in the migrations, up to 16 MB):
     * Hibernate then expects those types on MariaDB and varying types on H2, which is what the columns are.
     */
    public static final int LONG_COLUMN = 1_000_000;

    /**
     * An address as a browser's {@code type=email} field accepts it (the WHATWG rule), letters of any script
     * allowed: no markup, brackets, quotes, spaces or comments, and a domain of at least two labels.
     */
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@"
            + "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?"
            + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+");

    private Require() {
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, Reason.REQUIRED, "is required");
        }
        return optionalText(value, field, maxLength);
    }

    /** One line of text: no control characters at all. */
    public static String optionalText(String value, String field, int maxLength) {
        return checked(value, field, maxLength, false);
    }

    /** Text that may run over several lines (descriptions, reasons, notes): line breaks and tabs allowed. */
    public static String multiline(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, Reason.REQUIRED, "is required");
        }
        return checked(value, field, maxLength, true);
    }

    public static String optionalMultiline(String value, String field, int maxLength) {
        return checked(value, field, maxLength, true);
    }

    private static String checked(String value, String field, int maxLength, boolean lineBreaks) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidFieldException(field, Reason.TOO_LONG, "must be at most " + maxLength + " characters",
                    maxLength);
        }
        boolean control = trimmed.chars().anyMatch(c -> Character.isISOControl(c)
                && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            throw new InvalidFieldException(field, Reason.CONTROL_CHARACTERS, "must not contain control characters");
        }
        if (trimmed.codePoints().anyMatch(Require::changesDirection)) {
            // "Trojan Source": the text shown would differ from the text stored and searched
            throw new InvalidFieldException(field, Reason.DIRECTION_CHARACTERS,
                    "must not contain hidden characters that change the direction of the text (U+202A-U+202E, "
                            + "U+2066-U+2069)");
        }
        if (trimmed.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw new InvalidFieldException(field, Reason.NOT_UNICODE_TEXT,
                    "is not valid Unicode text (a lone surrogate)");
        }
        return trimmed;
    }

    /** Bidirectional embeddings, overrides and isolates; the plain marks (LRM, RLM) stay allowed. */
    static boolean changesDirection(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    public static String email(String value, String field) {
        String email = text(value, field, 320);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidFieldException(field, Reason.NOT_AN_EMAIL, "is not an email address");
        }
        return email;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, Reason.REQUIRED, "is required");
        }
        return value;
    }

    /** One of an enum's constants by name, in any case; anything else is refused naming the field and the choices. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFieldException(field, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    /** A page request: from 0 on, between 1 and {@code most} rows. */
    public static void page(int first, int max, int most) {
        if (first < 0) {
            throw new InvalidFieldException("first", "must be 0 or more");
        }
        if (max < 1 || max > most) {
            throw new InvalidFieldException("max", "must be between 1 and " + most);
        }
    }

    /** A LIKE pattern finding the text anywhere, the text matched as itself (its wildcards dropped). */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
