package org.casework.letters.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.evidence.control.TestImages;
import org.casework.letters.control.BundleRenderer.Bundle;
import org.casework.letters.control.BundleRenderer.Item;
import org.casework.letters.control.BundleRenderer.Picture;
import org.casework.letters.control.BundleRenderer.Section;
import org.casework.letters.control.BundleRenderer.Subheading;
import org.casework.letters.control.BundleRenderer.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundleRendererTest {

    @Test
    void everyPageIsNumberedAndTheIndexSendsTheReaderToThePageEachPartStartsOn() throws Exception {
        List<Item> documents = new ArrayList<>();
        documents.add(new Subheading("Written response from David Marsh, 3 Jan 2027"));
        for (int i = 0; i < 50; i++) { // long enough to run over a page
            documents.add(new Text("Paragraph " + i + " of the response: I took the photographs down at once."));
        }
        documents.add(new Picture("Evidence 1: screenshot of the post", TestImages.image(1200, 900, "jpg"),
                "Working copy of a screenshot the complainant supplied"));
        Bundle bundle = new Bundle("Hearing bundle", "MSC-2026-000001", "Medical Sciences Council of New Zealand",
                List.of("David Marsh, registration MSC-40213", "Hearing: Thursday 4 February 2027 at 10:00 am"),
                List.of(new Section("The allegations", List.of(new Text("Posting photos of patients online."))),
                        new Section("Documents", documents)));

        byte[] pdf = BundleRenderer.render(bundle);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int total = document.getNumberOfPages();
            assertThat(total).as("cover, index, allegations, two of documents, the picture").isEqualTo(6);
            for (int page = 1; page <= total; page++) {
                assertThat(text(document, page)).as("page " + page).contains("Page " + page + " of " + total);
            }
            String index = text(document, 2);
            assertThat(index).contains("Index", "The allegations ... page 3", "Documents ... page 4",
                    "Written response from David Marsh, 3 Jan 2027 ... page 4",
                    "Evidence 1: screenshot of the post ... page 6");
            assertThat(text(document, 3)).contains("Posting photos of patients online.");
            assertThat(text(document, 5)).contains("Paragraph 49").doesNotContain("Paragraph 0 ");
            assertThat(text(document, 6)).contains("Evidence 1: screenshot of the post");
            assertThat(document.getPage(5).getResources().getXObjectNames()).hasSize(1);
        }
        assertThat(PdfA.violations2b(pdf)).isEmpty();
        assertThat(PdfA.violationsAccessible(pdf)).isEmpty();
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }
}
