package org.casework.intake.boundary;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedNameTest {

    private static String asReadByTheParser(String name) {
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8BytesReadAsLatin1AreReadAgainAsUtf8() {
        assertThat(UploadedName.asUtf8(asReadByTheParser("写真.png"))).isEqualTo("写真.png");
        assertThat(UploadedName.asUtf8(asReadByTheParser("Māori whānau.jpg"))).isEqualTo("Māori whānau.jpg");
    }

    @Test
    void asciiLatin1AndAlreadyDecodedNamesAreLeftAlone() {
        assertThat(UploadedName.asUtf8("shot.png")).isEqualTo("shot.png");
        assertThat(UploadedName.asUtf8("café.png")).as("Latin-1 that is not UTF-8").isEqualTo("café.png");
        assertThat(UploadedName.asUtf8("写真.png")).isEqualTo("写真.png");
    }
}
