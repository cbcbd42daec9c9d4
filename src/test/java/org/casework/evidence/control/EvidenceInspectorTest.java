package org.casework.evidence.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.evidence.entity.EvidenceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceInspectorTest {

    private final EvidenceInspector inspector = new EvidenceInspector(200_000, 10_000);

    @Test
    void acceptsImagesAndPdfsJudgedByContent() throws IOException {
        assertThat(inspector.inspect(TestImages.image(40, 30, "png"), "evidence[0]").type()).isEqualTo(EvidenceType.PNG);
        assertThat(inspector.inspect(TestImages.image(40, 30, "jpeg"), "evidence[0]").type()).isEqualTo(EvidenceType.JPEG);
        assertThat(inspector.inspect(TestImages.pdf(), "evidence[0]").type()).isEqualTo(EvidenceType.PDF);
    }

    @Test
    void refusesAnImageThatIsAlsoAWebPage() throws IOException {
        byte[] png = TestImages.image(40, 30, "png");
        byte[] polyglot = Arrays.copyOf(png, png.length + 40);
        System.arraycopy("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), 0, polyglot,
                png.length, 31);
        assertThatThrownBy(() -> inspector.inspect(polyglot, "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(415));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> inspector.inspect(svg, "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(415));
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 512);
        assertThatThrownBy(() -> inspector.inspect(exe, "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(415));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script", "<SCRIPT", "<Html", "<svg", "<?php", "<IFRAME",
            "<!DOCTYPE html", "<body"})
    void findsEachTagInAnyCaseAnywhereInTheBytes(String tag) {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '<') {
                bytes[i] = ' ';
            }
        }
        assertThat(EvidenceInspector.containsMarkup(bytes)).isFalse();
        System.arraycopy(tag.getBytes(StandardCharsets.US_ASCII), 0, bytes, bytes.length - tag.length(), tag.length());
        assertThat(EvidenceInspector.containsMarkup(bytes)).isTrue();
    }

    @Test
    void aLessThanSignBeforeOtherTextIsNotMarkup() {
        assertThat(EvidenceInspector.containsMarkup("a <b> c <sc <ht <!-- <?xml".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
    }

    @Test
    void refusesOtherContentWhateverItIsCalled() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> inspector.inspect(script, "evidence[1]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(415);
                    assertThat(e.field()).isEqualTo("evidence[1]");
                });
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAnImage() throws IOException {
        byte[] png = TestImages.image(40, 30, "png");
        byte[] truncated = Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> inspector.inspect(truncated, "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }

    @Test
    void refusesTooManyPixelsFromTheHeaderAndTooManyBytes() throws IOException {
        assertThatThrownBy(() -> inspector.inspect(TestImages.image(200, 100, "png"), "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("20000 pixels");
                });
        assertThatThrownBy(() -> inspector.inspect(new byte[200_001], "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(413));
        assertThatThrownBy(() -> inspector.inspect(new byte[0], "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }
}
