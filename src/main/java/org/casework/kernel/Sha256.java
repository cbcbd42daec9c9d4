package org.casework.kernel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A SHA-256 fingerprint in lower-case hex: proves a file is the one received. */
public record Sha256(String hex) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        if (hex == null || !FORMAT.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + hex);
        }
    }

    public static Sha256 of(byte[] content) {
        return new Sha256(HexFormat.of().formatHex(digest().digest(content)));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
