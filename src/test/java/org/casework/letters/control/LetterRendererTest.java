package org.casework.letters.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casework.cases.entity.CaseFixtures;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.kernel.Outcome;
import org.casework.policy.entity.PolicyFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterRendererTest {

    @Test
    void davidsWarningLetterQuotesEachCitedClauseWithPolicyAndVersion() throws IOException {
        String text = textOf(new LetterRenderer().render(Compose.toPractitioner(decidedDavid(), LocalDate.of(2026, 4, 2))));
        assertThat(text).contains("MSC-2026-000001", "Dear David Marsh", "Outcome: Warning",
                "published on the register for two", "Clause 8 - Respect privacy and confidentiality",
                "Clause 12 - Good practice", "Social media and electronic communications, version One",
                "respect the confidentiality and privacy of patients", "Page 1 of");
        assertThat(text).doesNotContain("Clause 7 ");
    }

    @Test
    void embedsItsFontsAndSurvivesHostileText() throws IOException {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", null, Instant.now());
        david.decide(new Decision(Outcome.ADVICE, "Line one\nLine two\t with a tab, "
                + "an emoji \uD83D\uDE00, a right-to-left mark \u200F and ) Tj ET (PDF syntax",
                List.of(PolicyFixtures.clause8()), CaseFixtures.DAVID_CONDUCT, "examiner", Instant.now()));
        byte[] pdf = new LetterRenderer().render(Compose.toPractitioner(david, LocalDate.of(2026, 4, 2)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Line one", "Line two", ") Tj ET (PDF syntax");
        }
    }

    @Test
    void longLettersArePaginatedWithPageNOfM() throws IOException {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", null, Instant.now());
        david.decide(new Decision(Outcome.ADVICE, "A long reason. ".repeat(600), List.of(PolicyFixtures.clause8()),
                CaseFixtures.DAVID_CONDUCT, "examiner", Instant.now()));
        byte[] pdf = new LetterRenderer().render(Compose.toPractitioner(david, LocalDate.of(2026, 4, 2)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            assertThat(new PDFTextStripper().getText(document)).contains("Page " + pages + " of " + pages);
        }
    }

    static Complaint decidedDavid() {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", Instant.now());
        david.decide(new Decision(Outcome.WARNING, "Photos of patients were posted publicly with location tags.",
                List.of(PolicyFixtures.clause8(), PolicyFixtures.clause12()), CaseFixtures.DAVID_CONDUCT, "examiner",
                Instant.now()));
        return david;
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines wrap wherever the width runs out: compare words, not line breaks
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void lettersArePdfA2bWithEmbeddedFontsAndMetadataAsVeraPdfChecksThem() throws Exception {
        byte[] letter = new LetterRenderer().render(Compose.toPractitioner(decidedDavid(), LocalDate.of(2026, 4, 2)));
        assertThat(PdfA.violations2b(letter)).isEmpty();
        // the check can fail: a plain PDFBox page with a standard font and no metadata is not PDF/A
        try (PDDocument plain = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            plain.addPage(page);
            try (var content = new PDPageContentStream(plain, page)) {
                content.beginText();
                content.setFont(new PDType1Font(
                        Standard14Fonts.FontName.HELVETICA), 12);
                content.showText("One line");
                content.endText();
            }
            plain.save(out);
            assertThat(PdfA.violations2b(out.toByteArray())).isNotEmpty();
        }
    }

    /**
     * A screen reader reads the letter in its order as headings, paragraphs and quotations, the logo by its
     * description, without the page numbers; veraPDF's PDF/A-2a and PDF/UA-1 profiles find nothing to object to,
     * and they do object to a letter as it was before it was tagged.
     */
    @Test
    void lettersAreTaggedPdfUaAndPdfA2aForScreenReaders() throws Exception {
        byte[] letter = new LetterRenderer(logo()).render(Compose.toPractitioner(decidedDavid(),
                LocalDate.of(2026, 4, 2)));
        assertThat(PdfA.violationsAccessible(letter)).isEmpty();
        assertThat(PdfA.violations2b(letter)).isEmpty();
        try (PDDocument document = Loader.loadPDF(letter)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-NZ");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            assertThat(root.getStructureType()).isEqualTo("Document");
            List<PDStructureElement> parts = root.getKids().stream().map(PDStructureElement.class::cast).toList();
            assertThat(parts.get(0).getStructureType()).isEqualTo("Figure");
            assertThat(parts.get(0).getAlternateDescription())
                    .isEqualTo("Logo of Medical Sciences Council of New Zealand");
            assertThat(parts).extracting(PDStructureElement::getStructureType).contains("H1", "H2", "P", "BlockQuote")
                    .containsOnly("Figure", "H1", "H2", "P", "BlockQuote");
            assertThat(parts.stream().filter(p -> p.getStructureType().equals("H1")).count()).isEqualTo(1);
            // the page numbers are artifacts: the text a reader gets from the tags leaves them out
            String tagged = taggedText(document);
            assertThat(tagged).contains("Dear David Marsh").doesNotContain("Page 1 of");
        }
        // the checks can fail: a letter with the same text but no tags breaks both standards
        try (PDDocument document = Loader.loadPDF(letter); var out = new ByteArrayOutputStream()) {
            document.getDocumentCatalog().setStructureTreeRoot(null);
            document.getDocumentCatalog().setMarkInfo(null);
            document.save(out);
            assertThat(PdfA.violationsAccessible(out.toByteArray())).anyMatch(v -> v.startsWith("PDF/UA-1"))
                    .anyMatch(v -> v.startsWith("PDF/A-2a"));
        }
    }

    /** The text of the marked content that is not an artifact, as a reader of the tags gets it. */
    private static String taggedText(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (!"Artifact".equals(content.getTag())) {
                    content.getContents().stream().filter(TextPosition.class::isInstance)
                            .forEach(t -> text.append(((TextPosition) t).getUnicode()));
                    text.append(' ');
                }
            }
        }
        return text.toString();
    }

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(130, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(18, 53, 91));
        g.fillRect(0, 0, 130, 48);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    @Test
    void scriptRightToLeftAndMacronsRenderAsTextAndStayPdfA() throws Exception {
        LetterContent content = new LetterContent("Medical Sciences Council of New Zealand", "Wellington",
                LocalDate.of(2026, 11, 23), "MSC-2026-000009", List.of("Tāne Ōtaki-Ēru"), "Hostile text",
                List.of(new LetterContent.Paragraph("<script>alert('x')</script> Kia ora ā ē ī ō ū Ā Ē Ī Ō Ū"),
                        new LetterContent.Paragraph("שלום עולם and Ελληνικά and Кириллица")), "Registrar");
        byte[] pdf = new LetterRenderer().render(content);
        String text = textOf(pdf);
        assertThat(text).contains("<script>alert('x')</script>", "Kia ora ā ē ī ō ū Ā Ē Ī Ō Ū", "Tāne Ōtaki-Ēru",
                "Ελληνικά", "Кириллица");
        assertThat(text).containsAnyOf("שלום עולם", "םלוע םולש");
        assertThat(PdfA.violations2b(pdf)).isEmpty();
        assertThat(PdfA.violationsAccessible(pdf)).isEmpty();
    }

    @Test
    void theConfiguredLogoIsOnEveryPageAndTheLetterStaysPdfA() throws Exception {
        BufferedImage image = new BufferedImage(260, 96,
                BufferedImage.TYPE_INT_ARGB); // transparent background, as logos usually are
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(18, 53, 91));
        g.fillOval(8, 8, 80, 80);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        LetterContent longLetter = new LetterContent("Medical Sciences Council of New Zealand", "Wellington",
                LocalDate.of(2026, 11, 23), "MSC-2026-000010", List.of("David Marsh"), "Two pages",
                Collections.nCopies(60, new LetterContent.Paragraph("A paragraph long enough to fill the "
                        + "page with words, so that the letter runs to a second page.")), "Registrar");
        byte[] pdf = new LetterRenderer(png.toByteArray()).render(longLetter);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (var page : document.getPages()) {
                assertThat(page.getResources().getXObjectNames()).as("a logo on every page").hasSize(1);
            }
        }
        assertThat(PdfA.violations2b(pdf)).isEmpty();
        assertThat(PdfA.violationsAccessible(pdf)).as("a letter wrapped over pages, its logo repeated").isEmpty();
        try (PDDocument without = Loader.loadPDF(new LetterRenderer().render(longLetter))) {
            assertThat(without.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }
}
