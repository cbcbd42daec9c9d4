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

    /** The pages a PDF's working copy shows; the original, downloaded on purpose, holds them all. */
    static final int WORKING_PAGES = 10;
    static final int PDF_WIDTH = 1000;
    private static final int PAGE_GAP = 16;

    /**
     * A PDF as staff read it every day: its pages (the first {@link #WORKING_PAGES}) rendered to pixels one by one
     * and set one under another in a single JPEG, so that nothing in the file can run in the staff's browser or
     * reader. Each page is drawn at {@link #PDF_WIDTH} pixels wide (about 120 dpi for A4), then let go.
     */
    public static byte[] pdfWorkingCopy(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int pages = Math.min(WORKING_PAGES, document.getNumberOfPages());
            float[] scales = new float[pages];
            int total = 0;
            for (int i = 0; i < pages; i++) {
                var box = document.getPage(i).getCropBox();
                boolean turned = document.getPage(i).getRotation() % 180 != 0;
                float width = Math.max(1, turned ? box.getHeight() : box.getWidth());
                float height = Math.max(1, turned ? box.getWidth() : box.getHeight());
                // no page taller than four widths: a freak page size cannot make a huge picture
                scales[i] = Math.min(PDF_WIDTH / width, 4f * PDF_WIDTH / height);
                total += Math.max(1, Math.round(height * scales[i])) + (i == 0 ? 0 : PAGE_GAP);
            }
            BufferedImage sheet = new BufferedImage(PDF_WIDTH, total, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = sheet.createGraphics();
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, PDF_WIDTH, total);
            int y = 0;
            for (int i = 0; i < pages; i++) {
                BufferedImage page = renderer.renderImage(i, scales[i]);
                g.drawImage(page, (PDF_WIDTH - page.getWidth()) / 2, y, null);
                y += page.getHeight() + PAGE_GAP;
            }
            g.dispose();
            return jpeg(sheet, 0.85f);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF's pages", e);
        }
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
