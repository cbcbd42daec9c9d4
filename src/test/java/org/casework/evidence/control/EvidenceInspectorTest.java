package org.casework.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.evidence.entity.EvidenceType;
import org.junit.jupiter.api.Test;

class EvidenceInspectorTest {

    private final EvidenceInspector inspector = new EvidenceInspector(200_000, 10_000);

    @Test
    void acceptsImagesAndPdfsJudgedByContent() throws IOException {
        assertThat(inspector.inspect(image(40, 30, "png"), "evidence[0]")).isEqualTo(EvidenceType.PNG);
        assertThat(inspector.inspect(image(40, 30, "jpeg"), "evidence[0]")).isEqualTo(EvidenceType.JPEG);
        assertThat(inspector.inspect(pdf(), "evidence[0]")).isEqualTo(EvidenceType.PDF);
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
        byte[] png = image(40, 30, "png");
        byte[] truncated = Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> inspector.inspect(truncated, "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }

    @Test
    void refusesTooManyPixelsFromTheHeaderAndTooManyBytes() throws IOException {
        assertThatThrownBy(() -> inspector.inspect(image(200, 100, "png"), "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("20000 pixels");
                });
        assertThatThrownBy(() -> inspector.inspect(new byte[200_001], "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(413));
        assertThatThrownBy(() -> inspector.inspect(new byte[0], "evidence[0]"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }

    static byte[] image(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
