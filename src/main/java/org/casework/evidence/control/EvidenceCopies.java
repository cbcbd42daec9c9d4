package org.casework.evidence.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
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

    /** JPEG: a fifth of PNG's encoding time on a screenshot, and the original stays lossless beside it. */
    public static byte[] workingCopy(BufferedImage image) {
        return jpeg(scaled(image, WORKING_EDGE), 0.9f);
    }

    public static byte[] thumbnail(BufferedImage image) {
        return jpeg(scaled(image, THUMBNAIL_EDGE), 0.8f);
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
        // the JPEG writer takes 3-byte BGR rows as they are; packed int pixels it converts one by one
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, factor < 1.0
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
