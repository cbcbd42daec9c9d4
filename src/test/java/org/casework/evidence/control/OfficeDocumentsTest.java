package org.casework.evidence.control;

import java.util.ArrayList;
import java.util.List;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.evidence.entity.EvidenceType;
import org.casework.kernel.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeDocumentsTest {

    @Test
    void aWordOrOpenDocumentTextIsRecognisedByWhatItHoldsAndAnythingElseIsNotAnOfficeDocument() throws Exception {
        assertThat(OfficeDocuments.inspect(TestImages.docx(), "file")).contains(EvidenceType.DOCX);
        assertThat(OfficeDocuments.inspect(TestImages.odt(), "file")).contains(EvidenceType.ODT);
        assertThat(OfficeDocuments.inspect(TestImages.pdf(), "file")).as("not a ZIP: for the evidence checks").isEmpty();
        assertThatThrownBy(() -> OfficeDocuments.inspect(TestImages.zip(new String[] {"notes.txt", "hello"}), "file"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Reason.NOT_AN_ACCEPTED_FILE);
                    assertThat(e.httpStatus()).isEqualTo(415);
                });
    }

    @Test
    void documentsThatCouldActWhenOpenedAreRefusedNamingWhatTheyHold() throws Exception {
        for (byte[] hostile : List.of(TestImages.docx("word/vbaProject.bin", "macro"),
                TestImages.docx("word/activeX/activeX1.xml", "<ax/>"),
                TestImages.docx("word/embeddings/oleObject1.bin", "ole"),
                TestImages.docx("word/_rels/document.xml.rels", "<Relationships><Relationship Id=\"r1\" "
                        + "Target=\"http://evil.example/x.png\" TargetMode=\"External\"/></Relationships>"),
                TestImages.odt("Basic/Standard/Module1.xml", "<script/>"),
                TestImages.odt("Scripts/python/run.py", "import os"))) {
            assertThatThrownBy(() -> OfficeDocuments.inspect(hostile, "file"))
                    .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(Reason.ACTIVE_CONTENT);
                        assertThat(e.field()).isEqualTo("file");
                    });
        }
    }

    @Test
    void aZipThatWouldExpandBeyondReasonIsRefusedBeforeItIsExpanded() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= OfficeDocuments.MAX_ENTRIES; i++) {
            many.add("word/media/part" + i + ".xml");
            many.add("x");
        }
        assertThatThrownBy(() -> OfficeDocuments.inspect(TestImages.docx(many.toArray(String[]::new)), "file"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(Reason.FILE_TOO_LARGE));
        String big = "0".repeat(1 << 20);
        List<String> bomb = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            bomb.add("word/media/zeros" + i + ".bin");
            bomb.add(big);
        }
        byte[] compressed = TestImages.docx(bomb.toArray(String[]::new));
        assertThat(compressed.length).as("a small file").isLessThan(1_000_000);
        assertThatThrownBy(() -> OfficeDocuments.inspect(compressed, "file"))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.getMessage()).contains("expands to more than 100 MB"));
    }
}
