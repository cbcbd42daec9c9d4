package org.casework.kernel;

/** One problem in one line of an imported file: the column it is about and why, for the file's author to fix. */
public record RowError(int line, String field, String reason) {
}
