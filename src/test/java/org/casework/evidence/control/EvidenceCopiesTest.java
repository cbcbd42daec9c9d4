package org.casework.evidence.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.casework.evidence.entity.CaptureFacts;
import org.casework.evidence.entity.Inspection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceCopiesTest {


    @Test
    void readsGpsDeviceFromExifAndTheWorkingCopyCarriesNoneOfIt() throws Exception {
        byte[] photo = TestImages.geoTaggedJpeg(800, 600);
        CaptureFacts facts = CaptureFactsReader.read(photo);
        assertThat(facts.geoTagged()).isTrue();
        assertThat(facts.latitude()).isCloseTo(TestImages.LATITUDE, Offset.offset(0.0001));
        assertThat(facts.longitude()).isCloseTo(TestImages.LONGITUDE, Offset.offset(0.0001));
        assertThat(facts.device()).isEqualTo("Casework Test Phone");
        assertThat(facts.capturedAt()).as("the wall clock, kept as if UTC").isEqualTo("2026-03-14T23:30:00Z");

        Inspection inspection = new EvidenceInspector(10_000_000, 40_000_000).inspect(photo, "evidence[0]");
        byte[] working = EvidenceCopies.workingCopy(inspection.image());
        assertThat(CaptureFactsReader.read(working)).isEqualTo(CaptureFacts.NONE);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(working));
        assertThat(decoded.getWidth()).isEqualTo(800);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(EvidenceCopies.thumbnail(inspection.image())));
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(240);
    }

    @Test
    void anImageWithoutMetadataSaysNothing() throws IOException {
        assertThat(CaptureFactsReader.read(TestImages.image(10, 10, "png"))).isEqualTo(CaptureFacts.NONE);
    }

    @Test
    void aPdfsWorkingCopyIsItsPagesAsOnePictureUpToTheLimit() throws IOException {
        BufferedImage three = ImageIO.read(new ByteArrayInputStream(EvidenceCopies.pdfWorkingCopy(
                TestImages.pdf(3, d -> { }))));
        // US Letter, 612 x 792 points, drawn 1000 pixels wide: 1294 pixels a page, 16 between pages
        assertThat(three.getWidth()).isEqualTo(EvidenceCopies.PDF_WIDTH);
        assertThat(three.getHeight()).isCloseTo(3 * 1294 + 2 * 16, Offset.offset(3));
        BufferedImage many = ImageIO.read(new ByteArrayInputStream(EvidenceCopies.pdfWorkingCopy(
                TestImages.pdf(EvidenceCopies.WORKING_PAGES + 5, d -> { }))));
        assertThat(many.getHeight()).as("no more than the limit's pages")
                .isCloseTo(EvidenceCopies.WORKING_PAGES * 1294 + (EvidenceCopies.WORKING_PAGES - 1) * 16,
                        Offset.offset(10));
    }
}
