package org.casework.evidence.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Evidence files made by the tests themselves: plain images, a PDF, and a photo with EXIF GPS tags. */
public final class TestImages {

    /** Wellington Community Laboratory, more or less: where David's posts were geo-tagged. */
    public static final double LATITUDE = -41.2865;
    public static final double LONGITUDE = 174.7762;

    private TestImages() {
    }

    public static byte[] image(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    public static byte[] pdf() throws IOException {
        return pdf(1, document -> { });
    }

    /** A PDF of this many blank pages, changed by {@code change} before it is saved (active content, say). */
    public static byte[] pdf(int pages, PdfChange change) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A change to a document being built. */
    public interface PdfChange {
        void apply(PDDocument document) throws IOException;
    }

    /** A PDF that runs {@code app.alert} when opened, as the hostile-input run found accepted. */
    /** A minimal Word document, with any further parts given as name and content. */
    public static byte[] docx(String... extra) throws IOException {
        String[] parts = {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats"
                + ".org/package/2006/content-types\"/>", "_rels/.rels", "<?xml version=\"1.0\"?><Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>", "word/document.xml",
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:r><w:t>My response.</w:t></w:r></w:p></w:body></w:document>"};
        return zip(parts, extra);
    }

    /** A minimal OpenDocument text, with any further parts given as name and content. */
    public static byte[] odt(String... extra) throws IOException {
        String[] parts = {"mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
                "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
                + "office:1.0\"/>", "META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest/>"};
        return zip(parts, extra);
    }

    public static byte[] zip(String[] parts, String... extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] list : new String[][] {parts, extra}) {
                for (int i = 0; i + 1 < list.length; i += 2) {
                    ZipEntry entry = new ZipEntry(list[i]);
                    entry.setTime(0L); // the same bytes every time
                    zip.putNextEntry(entry);
                    zip.write(list[i + 1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    public static byte[] pdfWithOpenActionScript() throws IOException {
        return pdf(1, d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened')")));
    }
    /** When {@link #geoTaggedJpeg} says it was taken, as EXIF writes it. */
    public static final String TAKEN = "2026:03:14 23:30:00";

    /** A JPEG with EXIF GPS tags, a camera model and the time taken, as a phone would write it. */
    public static byte[] geoTaggedJpeg(int width, int height) throws Exception {
        byte[] plain = image(width, height, "jpeg");
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(LONGITUDE, LATITUDE);
        var root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, "Casework");
        root.add(TiffTagConstants.TIFF_TAG_MODEL, "Test Phone");
        // the camera's wall clock, no zone: late in the evening, which is the next day in UTC+13 were it taken as UTC
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, TAKEN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
        return out.toByteArray();
    }
}
