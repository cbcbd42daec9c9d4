package org.casework.kernel;

/**
 * The common reasons a field is refused, so that a page can say them in the reader's language: each has the key
 * {@code reason.<name>} in the portal's resource bundle, with the exception's arguments as {@code {0}}, {@code {1}}.
 * The English text on the exception stays for the API and the logs.
 */
public enum Reason {
    REQUIRED, TOO_LONG, CONTROL_CHARACTERS, DIRECTION_CHARACTERS, NOT_UNICODE_TEXT, NOT_AN_EMAIL, NOT_A_DATE, IN_THE_FUTURE, TOO_EARLY, BEFORE_START, NOT_A_WEB_LINK,
    NOT_HTTP, NO_POST_LINK, TOO_MANY_LINKS, NOT_ONE_OF,
    EMPTY_FILE, FILE_TOO_LARGE, NOT_AN_ACCEPTED_FILE, MARKUP_IN_FILE, ACTIVE_CONTENT, TOO_MANY_PIXELS, UNREADABLE_FILE,
    TOO_MANY_FILES, FILES_TOO_LARGE;

    public String key() {
        return "reason." + name().toLowerCase().replace('_', '.');
    }
}
