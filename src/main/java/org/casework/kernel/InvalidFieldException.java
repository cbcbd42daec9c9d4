package org.casework.kernel;

import java.util.List;

/**
 * Input that breaks a rule of the domain; names the field so the caller can show the message beside it. Common
 * reasons also carry a {@link Reason} and its arguments, for pages that say them in the reader's language.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final Reason code;
    private final List<Object> arguments;

    public InvalidFieldException(String field, String reason) {
        this(field, null, reason);
    }

    public InvalidFieldException(String field, Reason code, String reason, Object... arguments) {
        super(field + " " + reason);
        this.field = field;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 1);
    }

    /** This refusal and any given with it ({@link InvalidFieldsException}), each naming its field. */
    public List<InvalidFieldException> each() {
        return List.of(this);
    }

    /** The HTTP status the API answers: 400 unless a more precise one applies (413, 415, 422). */
    public int httpStatus() {
        return 400;
    }

    /** The reason as a code for translation, or null where only the English text exists. */
    public Reason code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
