package org.casework.intake.entity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.casework.kernel.Sha256;

/**
 * The secret a complainant uses, with the case reference, to follow the complaint: 160 random bits written as 32
 * base-32 characters in groups of four. Shown once; only its SHA-256 is stored.
 */
public record TrackingCode(String value) {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CHARACTERS = 32; // 32 x 5 bits = 160 bits

    public static TrackingCode generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CHARACTERS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return new TrackingCode(code.toString());
    }

    /** The stored form. Spaces, dashes and case do not matter, so a code read over the phone still works. */
    public static String hashOf(String typed) {
        String normalised = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return HexFormat.of().formatHex(Sha256.digest().digest(normalised.getBytes(StandardCharsets.US_ASCII)));
    }

    public String hash() {
        return hashOf(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
