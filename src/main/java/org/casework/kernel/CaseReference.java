package org.casework.kernel;

import java.util.regex.Pattern;

/** The public identifier of a case, e.g. {@code MSC-2026-000001}: regulator prefix, year received, a serial number. */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,10}-\\d{4}-\\d{6,}");

    public CaseReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a case reference: " + value);
        }
    }

    public static CaseReference of(String prefix, int year, long serial) {
        return new CaseReference(String.format("%s-%04d-%06d", prefix, year, serial));
    }

    /** A reference as a caller typed it: one that cannot be a case's finds no case (HTTP 404), like an unknown one. */
    public static CaseReference parse(String candidate) {
        if (!isWellFormed(candidate)) {
            throw new CaseNotFoundException("No case " + candidate);
        }
        return new CaseReference(candidate);
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
