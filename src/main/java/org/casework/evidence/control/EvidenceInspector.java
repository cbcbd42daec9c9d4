package org.casework.evidence.control;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.evidence.entity.EvidenceType;

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

    public EvidenceType inspect(byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw new EvidenceRejectedException(field, "is empty", 400);
        }
        if (content.length > maxFileBytes) {
            throw new EvidenceRejectedException(field, "is " + content.length + " bytes; the limit is "
                    + maxFileBytes + " bytes a file", 413);
        }
        EvidenceType type = EvidenceType.sniff(content).orElseThrow(() -> new EvidenceRejectedException(field,
                "is not a PNG, JPEG, WebP or PDF file", 415));
        if (type.isImage()) {
            checkImage(content, type, field);
        } else {
            checkPdf(content, field);
        }
        return type;
    }

    private void checkImage(byte[] content, EvidenceType type, String field) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = readerFor(type, in);
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new EvidenceRejectedException(field, "has " + pixels + " pixels; the limit is " + maxPixels,
                            413);
                }
                if (reader.read(0) == null) {
                    throw new IOException("no image");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EvidenceRejectedException rejected) {
                throw rejected;
            }
            throw new EvidenceRejectedException(field, "could not be read as a " + type + " image", 400);
        }
    }

    private static ImageReader readerFor(EvidenceType type, ImageInputStream in) throws IOException {
        if (type == EvidenceType.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("no reader");
        }
        return readers.next();
    }

    private static void checkPdf(byte[] content, String field) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() < 1) {
                throw new IOException("no pages");
            }
        } catch (IOException e) {
            throw new EvidenceRejectedException(field, "could not be read as a PDF document", 400);
        }
    }
}
