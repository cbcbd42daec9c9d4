package org.casework.letters.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;
import org.casework.letters.control.LetterContent.Quote;
import org.casework.letters.control.LetterStructure.Part;

/**
 * Lays a letter out on A4 pages with PDFBox: letterhead, reference, date, recipient, body, signature and a
 * "Page n of m" footer. The fonts (Liberation Sans, SIL OFL) are embedded so the letter reads the same everywhere.
 * Text goes into the PDF only as glyphs of the embedded font, so nothing a complainant typed can act as PDF syntax.
 * Every line is tagged with the part of the letter it belongs to ({@link LetterStructure}): the letter is PDF/A-2a
 * and PDF/UA-1, readable by a screen reader in its order, and its metadata says so ({@link LetterMetadata}).
 */
public class LetterRenderer {

    private static final float MARGIN = 64;
    /** The letters' language, for the PDF and a screen reader's voice. */
    static final String LANGUAGE = "en-NZ";
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 1.4f;

    private static final float LOGO_WIDTH = 130;
    private static final float LOGO_HEIGHT = 48;

    private final byte[] logo;

    /** Letters without a logo. */
    public LetterRenderer() {
        this(null);
    }

    /** Letters with the regulator's logo (PNG or JPEG) in the top right corner of every page. */
    public LetterRenderer(byte[] logo) {
        this.logo = logo == null ? null : logo.clone();
    }

    public byte[] render(LetterContent letter) {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts(load(document, "LiberationSans-Regular"), load(document, "LiberationSans-Bold"),
                    load(document, "LiberationSans-Italic"));
            List<List<Line>> pages = paginate(layout(letter, fonts));
            PDImageXObject image = logo == null ? null : PDImageXObject.createFromByteArray(document, logo, "logo");
            LetterStructure structure = new LetterStructure(document, LANGUAGE);
            Part figure = new Part("Figure", "Logo of " + letter.regulatorName());
            for (int i = 0; i < pages.size(); i++) {
                drawPage(document, structure, pages.get(i), fonts, letter, i + 1, pages.size(), image, figure);
            }
            structure.finish();
            // the reference once: most subjects already name it
            String title = letter.subject().contains(letter.reference()) ? letter.subject()
                    : letter.subject() + " - " + letter.reference();
            LetterMetadata.describe(document, title, letter.regulatorName(), LANGUAGE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render letter " + letter.reference(), e);
        }
    }

    private record Fonts(PDType0Font regular, PDType0Font bold, PDType0Font italic) {
    }

    /**
     * {@code part}: the paragraph, heading or quotation the line belongs to; {@code glued}: kept on the same page as
     * the line before it (the sign-off with the letter's last lines).
     */
    private record Line(String text, PDType0Font font, float size, float indent, float spaceBefore, Part part,
                        boolean glued) {
        Line(String text, PDType0Font font, float size, float indent, float spaceBefore, Part part) {
            this(text, font, size, indent, spaceBefore, part, false);
        }

        Line glue() {
            return new Line(text, font, size, indent, spaceBefore, part, true);
        }
    }

    private List<Line> layout(LetterContent letter, Fonts fonts) throws IOException {
        List<Line> lines = new ArrayList<>();
        // the letterhead and the address block are one paragraph each, read as they are printed
        Part letterhead = new Part("P");
        lines.add(new Line(clean(letter.regulatorName(), fonts.bold()), fonts.bold(), 15, 0, 0, letterhead));
        for (String part : letter.regulatorAddress().split(",\\s*")) {
            lines.add(new Line(clean(part, fonts.regular()), fonts.regular(), 9, 0, 0, letterhead));
        }
        lines.add(new Line("Reference: " + clean(letter.reference(), fonts.regular()), fonts.regular(), BODY_SIZE, 0, 18,
                new Part("P")));
        lines.add(new Line(LetterComposer.DAY.format(letter.date()), fonts.regular(), BODY_SIZE, 0, 0, new Part("P")));
        Part recipient = new Part("P");
        boolean first = true;
        for (String recipientLine : letter.recipient()) {
            lines.add(new Line(clean(recipientLine, fonts.regular()), fonts.regular(), BODY_SIZE, 0, first ? 14 : 0,
                    recipient));
            first = false;
        }
        wrap(lines, letter.subject(), fonts.bold(), 12.5f, 0, 18, "H1");
        for (Block block : letter.body()) {
            if (block instanceof Heading heading) {
                wrap(lines, heading.text(), fonts.bold(), 11, 0, 12, "H2");
            } else if (block instanceof Paragraph paragraph) {
                wrap(lines, paragraph.text(), fonts.regular(), BODY_SIZE, 0, 6, "P");
            } else if (block instanceof Quote quote) {
                wrap(lines, quote.text(), fonts.italic(), BODY_SIZE, 18, 4, "BlockQuote");
            }
        }
        int signOff = lines.size();
        wrap(lines, "Yours sincerely,", fonts.regular(), BODY_SIZE, 0, 18, "P");
        wrap(lines, letter.signatory(), fonts.bold(), BODY_SIZE, 0, 24, "P");
        wrap(lines, letter.regulatorName(), fonts.regular(), BODY_SIZE, 0, 0, "P");
        // the sign-off never stands alone on a last page: it keeps the letter's last two lines with it
        for (int i = Math.max(1, signOff - 1); i < lines.size(); i++) {
            lines.set(i, lines.get(i).glue());
        }
        return lines;
    }

    /**
     * Breaks text into lines that fit the page; a line break in the text starts a new paragraph, a part of its own of
     * the structure {@code type}.
     */
    private void wrap(List<Line> lines, String text, PDType0Font font, float size, float indent, float spaceBefore,
                      String type) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        float before = spaceBefore;
        for (String paragraph : text.split("\\R")) {
            Part part = new Part(type);
            for (String line : fit(paragraph, font, size, width)) {
                lines.add(new Line(line, font, size, indent, before, part));
                before = 0;
            }
            before = size * 0.4f;
        }
    }

    /** One paragraph broken into lines no wider than {@code width} points, at word boundaries where it can be. */
    static List<String> fit(String paragraph, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : clean(paragraph, font).split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private List<List<Line>> paginate(List<Line> lines) {
        float usable = PDRectangle.A4.getHeight() - 2 * MARGIN - 20;
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float used = 0;
        for (Line line : lines) {
            float height = line.spaceBefore() + line.size() * LEADING;
            if (used + height > usable && !page.isEmpty()) {
                List<Line> carried = new ArrayList<>();
                if (line.glued()) { // take the lines it is glued to along, unless they fill the page
                    int start = page.size();
                    while (start > 0 && page.get(start - 1).glued()) {
                        start--;
                    }
                    start = Math.max(start - 1, 0);
                    if (start > 0) {
                        carried.addAll(page.subList(start, page.size()));
                        page.subList(start, page.size()).clear();
                    }
                }
                pages.add(page);
                page = new ArrayList<>(carried);
                used = 0;
                for (Line moved : carried) {
                    used += moved.spaceBefore() + moved.size() * LEADING;
                }
            }
            page.add(line);
            used += height;
        }
        pages.add(page);
        return pages;
    }

    private void drawPage(PDDocument document, LetterStructure structure, List<Line> lines, Fonts fonts,
                          LetterContent letter, int number, int total, PDImageXObject image, Part logo)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        structure.startPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            if (image != null) { // scaled into a box at the top right, keeping its proportions
                // the first page's logo is a figure a screen reader names; the others repeat it, as artifacts
                if (number == 1) {
                    structure.begin(content, logo);
                } else {
                    LetterStructure.beginArtifact(content, "Pagination");
                }
                float scale = Math.min(LOGO_WIDTH / image.getWidth(), LOGO_HEIGHT / image.getHeight());
                float width = image.getWidth() * scale;
                float height = image.getHeight() * scale;
                content.drawImage(image, PDRectangle.A4.getWidth() - MARGIN - width,
                        PDRectangle.A4.getHeight() - MARGIN / 2 - height, width, height);
                content.endMarkedContent();
            }
            float y = PDRectangle.A4.getHeight() - MARGIN;
            for (Line line : lines) {
                y -= line.spaceBefore() + line.size() * LEADING;
                structure.begin(content, line.part());
                text(content, line.font(), line.size(), MARGIN + line.indent(), y, line.text());
                content.endMarkedContent();
            }
            String footer = clean(letter.reference(), fonts.regular()) + "    Page " + number + " of " + total;
            LetterStructure.beginArtifact(content, "Pagination");
            text(content, fonts.regular(), 8.5f, MARGIN, MARGIN / 2, footer);
            content.endMarkedContent();
        }
    }

    static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
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

    static PDType0Font load(PDDocument document, String name) throws IOException {
        return PDType0Font.load(document, FONTS.get().font(name), true);
    }

    /**
     * Parsing a TrueType file costs a good part of a letter; each thread keeps the three it has parsed (a parsed font
     * is read, never changed, by subsetting, but its reader is not safe to share between threads).
     */
    private static final ThreadLocal<ParsedFonts> FONTS = ThreadLocal.withInitial(ParsedFonts::new);

    private static final class ParsedFonts {
        private final Map<String, TrueTypeFont> parsed = new HashMap<>();

        TrueTypeFont font(String name) throws IOException {
            TrueTypeFont font = parsed.get(name);
            if (font == null) {
                try (InputStream in = LetterRenderer.class.getResourceAsStream("/liberation/" + name + ".ttf")) {
                    if (in == null) {
                        throw new IOException("Font " + name + " is missing from the classpath");
                    }
                    font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                }
                // no ligatures: "fi" stays two letters that text extraction and search find, and PDFBox's
                // substitution pass (regular expressions per string) cost more than the rest of the letter
                font.setEnableGsub(false);
                parsed.put(name, font);
            }
            return font;
        }
    }
}
