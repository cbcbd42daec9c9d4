package org.casework.letters.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.casework.letters.control.LetterStructure.Part;

/**
 * A hearing bundle as one PDF: a cover, an index giving the page each section and item starts on, then the
 * sections, each from a new page; a picture (a working copy) takes a page of its own under its caption. Every page
 * is numbered "Page n of m". Tagged and described as the letters are (PDF/A-2a, PDF/UA-1): headings, paragraphs, and
 * each picture a figure with its description, so a screen reader can read the bundle.
 */
public final class BundleRenderer {

    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 1.4f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 10;

    /** What a section holds: paragraphs, subheadings and pictures, in order. */
    public sealed interface Item permits Text, Subheading, Picture {
    }

    public record Text(String text) implements Item {
    }

    /** Starts an entry of its own in the index. */
    public record Subheading(String text) implements Item {
    }

    /** A JPEG or PNG drawn on a page of its own, under its caption (an entry of the index); {@code alt} describes it. */
    public record Picture(String caption, byte[] image, String alt) implements Item {
    }

    public record Section(String title, List<Item> items) {
    }

    public record Bundle(String title, String reference, String author, List<String> cover, List<Section> sections) {
    }

    private record Entry(String label, boolean section, int page) {
    }

    /** One page's content, drawn once the page count is known. */
    private interface Drawing {
        void draw(PDPageContentStream content, LetterStructure structure) throws IOException;
    }

    private PDDocument document;
    private PDType0Font regular;
    private PDType0Font bold;
    private final List<List<Drawing>> pages = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private float y;

    public static byte[] render(Bundle bundle) {
        return new BundleRenderer().draw(bundle);
    }

    private byte[] draw(Bundle bundle) {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            regular = LetterRenderer.load(pdf, "LiberationSans-Regular");
            bold = LetterRenderer.load(pdf, "LiberationSans-Bold");
            for (Section section : bundle.sections()) {
                lay(section);
            }
            List<List<Drawing>> front = front(bundle);
            List<List<Drawing>> all = new ArrayList<>(front);
            all.addAll(pages);
            LetterStructure structure = new LetterStructure(pdf, LetterRenderer.LANGUAGE);
            for (int i = 0; i < all.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                structure.startPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    for (Drawing drawing : all.get(i)) {
                        drawing.draw(content, structure);
                    }
                    LetterStructure.beginArtifact(content, "Pagination");
                    LetterRenderer.text(content, regular, 8.5f, MARGIN, MARGIN / 2, LetterRenderer.clean(
                            bundle.reference() + "  " + bundle.title() + "    Page " + (i + 1) + " of " + all.size(),
                            regular));
                    content.endMarkedContent();
                }
            }
            structure.finish();
            LetterMetadata.describe(pdf, bundle.title() + " - " + bundle.reference(), bundle.author(),
                    LetterRenderer.LANGUAGE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the bundle of " + bundle.reference(), e);
        }
    }

    /** The cover and the index; the index's own length decides where the sections start. */
    private List<List<Drawing>> front(Bundle bundle) throws IOException {
        List<Drawing> cover = new ArrayList<>();
        float at = TOP;
        at = lines(cover, bundle.title(), bold, 20, new Part("H1"), at);
        at -= 8;
        for (String line : bundle.cover()) {
            at = lines(cover, line, regular, SIZE + 1, new Part("P"), at - 6);
        }
        float lineHeight = SIZE * LEADING;
        int perPage = (int) ((TOP - BOTTOM - 40) / lineHeight);
        int indexPages = Math.max(1, (entries.size() + perPage - 1) / perPage);
        int firstBodyPage = 1 + indexPages + 1;
        List<List<Drawing>> front = new ArrayList<>();
        front.add(cover);
        for (int p = 0; p < indexPages; p++) {
            List<Drawing> index = new ArrayList<>();
            float row = TOP;
            if (p == 0) {
                row = lines(index, "Index", bold, 15, new Part("H1"), row);
                row -= 6;
            }
            for (Entry entry : entries.subList(p * perPage, Math.min(entries.size(), (p + 1) * perPage))) {
                String text = (entry.section() ? "" : "    ") + entry.label() + " ... page "
                        + (firstBodyPage + entry.page());
                row = lines(index, text, entry.section() ? bold : regular, SIZE, new Part("P"), row);
            }
            front.add(index);
        }
        return front;
    }

    private void lay(Section section) throws IOException {
        newPage();
        entries.add(new Entry(section.title(), true, pages.size() - 1));
        y = lines(current(), section.title(), bold, 15, new Part("H1"), y) - 6;
        for (Item item : section.items()) {
            if (item instanceof Text text) {
                flow(text.text(), regular, SIZE, "P");
            } else if (item instanceof Subheading heading) {
                if (y - 3 * SIZE * LEADING < BOTTOM) { // a heading never ends a page
                    newPage();
                }
                entries.add(new Entry(heading.text(), false, pages.size() - 1));
                flow(heading.text(), bold, 12, "H2");
            } else if (item instanceof Picture picture) {
                picture(picture);
            }
        }
    }

    private void picture(Picture picture) throws IOException {
        newPage();
        entries.add(new Entry(picture.caption(), false, pages.size() - 1));
        y = lines(current(), picture.caption(), bold, 12, new Part("H2"), y) - 8;
        PDImageXObject image = PDImageXObject.createFromByteArray(document, picture.image(), "working-copy");
        float scale = Math.min(1, Math.min(WIDTH / image.getWidth(), (y - BOTTOM) / image.getHeight()));
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        float top = y;
        Part figure = new Part("Figure", picture.alt());
        current().add((content, structure) -> {
            structure.begin(content, figure);
            content.drawImage(image, MARGIN, top - height, width, height);
            content.endMarkedContent();
        });
        y = BOTTOM; // what follows starts on a new page
    }

    /** Paragraphs of text, continued on new pages as they fill. */
    private void flow(String text, PDType0Font font, float size, String type) throws IOException {
        for (String paragraph : text.split("\\R")) {
            Part part = new Part(type);
            y -= size * 0.5f;
            for (String line : LetterRenderer.fit(paragraph, font, size, WIDTH)) {
                if (y - size * LEADING < BOTTOM) {
                    newPage();
                }
                y = lines(current(), line, font, size, part, y);
            }
        }
    }

    /** Draws {@code text} (wrapped) from {@code top} down; answers where the next line goes. */
    private float lines(List<Drawing> page, String text, PDType0Font font, float size, Part part, float top)
            throws IOException {
        float at = top;
        for (String line : LetterRenderer.fit(text, font, size, WIDTH)) {
            at -= size * LEADING;
            float baseline = at;
            page.add((content, structure) -> {
                structure.begin(content, part);
                LetterRenderer.text(content, font, size, MARGIN, baseline, line);
                content.endMarkedContent();
            });
        }
        return at;
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = TOP;
    }

    private List<Drawing> current() {
        return pages.get(pages.size() - 1);
    }
}
