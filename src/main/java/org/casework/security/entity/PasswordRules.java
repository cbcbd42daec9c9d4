package org.casework.security.entity;

import java.util.Locale;
import org.casework.kernel.InvalidFieldException;

/**
 * What a password a person chooses must be, after OWASP ASVS 5.0 (V6.2): long rather than complicated, so no rules
 * on character classes, and pass phrases up to 128 characters are welcome. It may not be built on the username nor
 * be one character repeated.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String FIELD = "newPassword";

    private PasswordRules() {
    }

    public static void check(char[] chosen, String username) {
        if (chosen == null || chosen.length < MIN_LENGTH) {
            throw new InvalidFieldException(FIELD, "must be at least " + MIN_LENGTH + " characters: a few words "
                    + "make a good one");
        }
        if (chosen.length > MAX_LENGTH) {
            throw new InvalidFieldException(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        String text = new String(chosen);
        if (text.chars().distinct().count() == 1) {
            throw new InvalidFieldException(FIELD, "must not be one character repeated");
        }
        if (username != null && username.length() >= 3
                && text.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidFieldException(FIELD, "must not contain your username");
        }
    }
}
