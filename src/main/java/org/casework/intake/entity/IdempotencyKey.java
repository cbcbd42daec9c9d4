package org.casework.intake.entity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Sha256;

/**
 * A client's {@code Idempotency-Key}: 16 to 255 visible ASCII characters (a UUID will do). Stored only as its
 * SHA-256; the first answer to its submission, which holds the tracking code, is sealed (AES-GCM) with a key derived
 * from it, so that the stored answer is readable only by whoever holds the Idempotency-Key.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    public IdempotencyKey {
        if (value == null || value.length() < 16 || value.length() > 255
                || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFieldException(HEADER, "must be 16 to 255 visible ASCII characters, e.g. a UUID");
        }
    }

    /** The key of a request, or null when it has none. */
    public static IdempotencyKey ofHeader(String header) {
        return header == null ? null : new IdempotencyKey(header.strip());
    }

    public String hash() {
        return digest("casework:idempotency-key:");
    }

    byte[] seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every Java runtime", e);
        }
    }

    String open(byte[] sealed) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, IV_BYTES));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored answer does not open with this key", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(HexFormat.of().parseHex(digest("casework:receipt-key:")), "AES"),
                new GCMParameterSpec(128, iv));
        return cipher;
    }

    private String digest(String purpose) {
        return Sha256.of((purpose + value).getBytes(StandardCharsets.US_ASCII)).hex();
    }

    @Override
    public String toString() {
        return "IdempotencyKey[" + hash().substring(0, 12) + "…]";
    }
}
