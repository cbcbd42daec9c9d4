package org.casework.letters.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;
import org.casework.letters.control.LetterContent.Quote;

/**
 * Lays a letter out on A4 pages with PDFBox: letterhead, reference, date, recipient, body, signature and a
 * "Page n of m" footer. The fonts (Liberation Sans, SIL OFL) are embedded so the letter reads the same everywhere.
 * Text goes into the PDF only as glyphs of the embedded font, so nothing a complainant typed can act as PDF syntax.
 */
public class LetterRenderer {

    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 1.4f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public byte[] render(LetterContent letter) {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts(load(document, "LiberationSans-Regular"), load(document, "LiberationSans-Bold"),
                    load(document, "LiberationSans-Italic"));
            List<List<Line>> pages = paginate(layout(letter, fonts));
            for (int i = 0; i < pages.size(); i++) {
                drawPage(document, pages.get(i), fonts, letter, i + 1, pages.size());
            }
            describe(document, letter);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render letter " + letter.reference(), e);
        }
    }

    private record Fonts(PDType0Font regular, PDType0Font bold, PDType0Font italic) {
    }

    private record Line(String text, PDType0Font font, float size, float indent, float spaceBefore) {
    }

    private List<Line> layout(LetterContent letter, Fonts fonts) throws IOException {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(clean(letter.regulatorName(), fonts.bold()), fonts.bold(), 15, 0, 0));
        for (String part : letter.regulatorAddress().split(",\\s*")) {
            lines.add(new Line(clean(part, fonts.regular()), fonts.regular(), 9, 0, 0));
        }
        lines.add(new Line("Reference: " + clean(letter.reference(), fonts.regular()), fonts.regular(), BODY_SIZE, 0, 18));
        lines.add(new Line(DATE.format(letter.date()), fonts.regular(), BODY_SIZE, 0, 0));
        boolean first = true;
        for (String recipientLine : letter.recipient()) {
            lines.add(new Line(clean(recipientLine, fonts.regular()), fonts.regular(), BODY_SIZE, 0, first ? 14 : 0));
            first = false;
        }
        wrap(lines, letter.subject(), fonts.bold(), 12.5f, 0, 18);
        for (Block block : letter.body()) {
            if (block instanceof Heading heading) {
                wrap(lines, heading.text(), fonts.bold(), 11, 0, 12);
            } else if (block instanceof Paragraph paragraph) {
                wrap(lines, paragraph.text(), fonts.regular(), BODY_SIZE, 0, 6);
            } else if (block instanceof Quote quote) {
                wrap(lines, quote.text(), fonts.italic(), BODY_SIZE, 18, 4);
            }
        }
        wrap(lines, "Yours sincerely,", fonts.regular(), BODY_SIZE, 0, 18);
        wrap(lines, letter.signatory(), fonts.bold(), BODY_SIZE, 0, 24);
        wrap(lines, letter.regulatorName(), fonts.regular(), BODY_SIZE, 0, 0);
        return lines;
    }

    /** Breaks text into lines that fit the page; a blank line in the text starts a new paragraph. */
    private void wrap(List<Line> lines, String text, PDType0Font font, float size, float indent, float spaceBefore)
            throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        float before = spaceBefore;
        for (String paragraph : text.split("\\R")) {
            StringBuilder current = new StringBuilder();
            for (String word : clean(paragraph, font).split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(new Line(current.toString(), font, size, indent, before));
                    before = 0;
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(new Line(current.toString(), font, size, indent, before));
            before = size * 0.4f;
        }
    }

    private List<List<Line>> paginate(List<Line> lines) {
        float usable = PDRectangle.A4.getHeight() - 2 * MARGIN - 20;
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float used = 0;
        for (Line line : lines) {
            float height = line.spaceBefore() + line.size() * LEADING;
            if (used + height > usable && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(line);
            used += height;
        }
        pages.add(page);
        return pages;
    }

    private void drawPage(PDDocument document, List<Line> lines, Fonts fonts, LetterContent letter, int number,
                          int total) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float y = PDRectangle.A4.getHeight() - MARGIN;
            for (Line line : lines) {
                y -= line.spaceBefore() + line.size() * LEADING;
                text(content, line.font(), line.size(), MARGIN + line.indent(), y, line.text());
            }
            String footer = clean(letter.reference(), fonts.regular()) + "    Page " + number + " of " + total;
            text(content, fonts.regular(), 8.5f, MARGIN, MARGIN / 2, footer);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static void describe(PDDocument document, LetterContent letter) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(letter.subject() + " - " + letter.reference());
        info.setAuthor(letter.regulatorName());
        info.setCreator("Casework");
        Calendar created = Calendar.getInstance();
        info.setCreationDate(created);
    }

    /** Keeps only characters the font can draw: control characters go, anything without a glyph becomes '?'. */
    static String clean(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
                return;
            }
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static PDType0Font load(PDDocument document, String name) throws IOException {
        try (InputStream in = LetterRenderer.class.getResourceAsStream("/liberation/" + name + ".ttf")) {
            if (in == null) {
                throw new IOException("Font " + name + " is missing from the classpath");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
