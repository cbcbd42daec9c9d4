package org.casework.evidence.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The copies staff look at every day: pixels re-encoded from the decoded image, so no metadata (GPS, device,
 * comments) and nothing hidden in the original file survives. The original stays untouched for the record.
 */
public final class EvidenceCopies {

    static final int WORKING_EDGE = 2560;
    static final int THUMBNAIL_EDGE = 320;

    private EvidenceCopies() {
    }

    public static byte[] workingCopy(BufferedImage image) {
        return png(scaled(image, WORKING_EDGE));
    }

    public static byte[] thumbnail(BufferedImage image) {
        return png(scaled(image, THUMBNAIL_EDGE));
    }

    /** The first page of a PDF as a small picture. */
    public static byte[] pdfThumbnail(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 36);
            return thumbnail(page);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF's first page", e);
        }
    }

    static BufferedImage scaled(BufferedImage source, int maxEdge) {
        double factor = Math.min(1.0, (double) maxEdge / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
