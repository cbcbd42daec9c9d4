package org.casework.evidence.control;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.evidence.entity.EvidenceType;
import org.casework.evidence.entity.Inspection;
import org.casework.kernel.Reason;

/**
 * Decides whether bytes are an acceptable evidence file: judged by content (magic bytes, then a real decode), with
 * the pixel count read from the header before decoding so that a pixel flood is refused without being expanded.
 */
public class EvidenceInspector {

    private final long maxFileBytes;
    private final long maxPixels;

    public EvidenceInspector(long maxFileBytes, long maxPixels) {
        this.maxFileBytes = maxFileBytes;
        this.maxPixels = maxPixels;
    }

    private static final String[] MARKUP = {"<script", "<html", "<svg", "<?php", "<iframe", "<!doctype", "<body"};
    /** The bytes that can follow '<' in one of the tags above, either case: one array look-up a '<'. */
    private static final boolean[] MARKUP_SECOND = new boolean[256];

    static {
        for (String tag : MARKUP) {
            MARKUP_SECOND[Character.toLowerCase(tag.charAt(1))] = true;
            MARKUP_SECOND[Character.toUpperCase(tag.charAt(1))] = true;
        }
    }

    /** The checks that need no decoding of pixels: size, kind by magic bytes, no markup, a PDF's structure. */
    public EvidenceType precheck(byte[] content, String field) {
        checkSize(content, field);
        EvidenceType type = EvidenceType.sniff(content).orElseThrow(() -> new EvidenceRejectedException(field,
                Reason.NOT_AN_ACCEPTED_FILE, "is not a PNG, JPEG, WebP or PDF file", 415));
        if (containsMarkup(content)) {
            throw new EvidenceRejectedException(field, Reason.MARKUP_IN_FILE, "contains HTML or script and is not "
                    + "accepted as a " + type + " file", 415);
        }
        if (type == EvidenceType.PDF) {
            checkPdf(content, field); // a parse, no rendering: cheap enough to tell the complainant at once
        }
        return type;
    }

    /** Not empty, not over the limit a file: the first check of any upload, evidence or document. */
    public void checkSize(byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw new EvidenceRejectedException(field, Reason.EMPTY_FILE, "is empty", 400);
        }
        if (content.length > maxFileBytes) {
            throw new EvidenceRejectedException(field, Reason.FILE_TOO_LARGE, "is " + content.length
                    + " bytes; the limit is " + maxFileBytes + " bytes a file", 413, maxFileBytes / 1_048_576);
        }
    }

    public Inspection inspect(byte[] content, String field) {
        EvidenceType type = precheck(content, field);
        if (type.isImage()) {
            return new Inspection(type, decodeImage(content, type, field));
        }
        return new Inspection(type, null);
    }

    /**
     * A polyglot (an image that is also a web page or script) is refused even though it decodes as an image. The
     * scan runs over every byte of every upload, so it only looks closer where a '<' is followed by a tag's letter.
     */
    static boolean containsMarkup(byte[] content) {
        int last = content.length - 1;
        for (int i = 0; i < last; i++) {
            if (content[i] == '<' && MARKUP_SECOND[content[i + 1] & 0xFF] && startsTag(content, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsTag(byte[] content, int offset) {
        for (String tag : MARKUP) {
            if (matchesIgnoringCase(content, offset, tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesIgnoringCase(byte[] content, int offset, String tag) {
        if (offset + tag.length() > content.length) {
            return false;
        }
        for (int j = 0; j < tag.length(); j++) {
            if (Character.toLowerCase((char) (content[offset + j] & 0xFF)) != tag.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private BufferedImage decodeImage(byte[] content, EvidenceType type, String field) {
        // in memory: ImageIO's default stream caches every byte in a temporary file first
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = readerFor(type);
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new EvidenceRejectedException(field, Reason.TOO_MANY_PIXELS, "has " + pixels
                            + " pixels; the limit is " + maxPixels, 413, maxPixels / 1_000_000);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new IOException("no image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EvidenceRejectedException rejected) {
                throw rejected;
            }
            throw new EvidenceRejectedException(field, Reason.UNREADABLE_FILE, "could not be read as a " + type
                    + " image", 400);
        }
    }

    private static ImageReader readerFor(EvidenceType type) throws IOException {
        if (type == EvidenceType.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        // the kind is known from the magic bytes: asking every registered reader to sniff again costs a pass each
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == EvidenceType.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            throw new IOException("no reader");
        }
        return readers.next();
    }

    /**
     * A PDF that shows and does nothing else: one with active content ({@link PdfActiveContent}) is refused, since
     * staff would otherwise open a complainant's file in a reader that may run it.
     */
    private static void checkPdf(byte[] content, String field) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() < 1) {
                throw new IOException("no pages");
            }
            Optional<String> active = PdfActiveContent.find(document);
            if (active.isPresent()) {
                throw new EvidenceRejectedException(field, Reason.ACTIVE_CONTENT, "is a PDF with " + active.get()
                        + ", which could run when it is opened; print it to a new PDF or send pictures of its pages",
                        415, active.get());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EvidenceRejectedException rejected) {
                throw rejected;
            }
            throw new EvidenceRejectedException(field, Reason.UNREADABLE_FILE, "could not be read as a PDF document",
                    400);
        }
    }
}
