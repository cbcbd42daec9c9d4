package org.casework.intake.boundary;

import jakarta.ws.rs.core.EntityPart;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The file name a client gave a multipart part. Browsers and HTTP clients send it as raw UTF-8 (the HTML standard's
 * way), while the multipart parser reads header bytes as ISO-8859-1, which turns {@code 写真.png} into mojibake; a name
 * whose bytes form valid UTF-8 is read as UTF-8 again. Kept as text only, never as a path (see EvidenceItem).
 */
public final class UploadedName {

    private UploadedName() {
    }

    public static String of(EntityPart part) {
        return part.getFileName().map(UploadedName::asUtf8).orElse(null);
    }

    static String asUtf8(String name) {
        if (name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name; // plain ASCII, or already decoded beyond Latin-1
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException latin1) {
            return name; // a genuine Latin-1 name such as "café.png" sent as ISO-8859-1
        }
    }
}
