package org.casework.evidence.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.evidence.entity.EvidenceType;
import org.casework.kernel.Reason;

/**
 * Recognises a Word (DOCX) or OpenDocument text (ODT) file by what its ZIP holds, not by its name, and refuses one
 * that could act when opened: macros (a {@code vbaProject.bin}, ODF {@code Basic/} or {@code Scripts/}), ActiveX or
 * embedded objects, or links to outside content. A ZIP that would expand beyond reason (too many entries, too many
 * bytes) is refused before it is expanded. Nothing here renders the document: staff open the original, whose
 * download is audited, and no working copy is made of it.
 */
public final class OfficeDocuments {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private OfficeDocuments() {
    }

    /** The office type of these bytes, if they are a ZIP at all; refused when they are a ZIP but no safe document. */
    public static Optional<EvidenceType> inspect(byte[] content, String field) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        String odtMimetype = null;
        boolean externalLink = false;
        long expanded = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    throw refused(field, "holds more than " + MAX_ENTRIES + " parts");
                }
                String name = entry.getName();
                names.add(name);
                boolean wanted = name.equals("mimetype") || name.endsWith(".rels");
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                expanded += copy(zip, wanted ? kept : OutputStream.nullOutputStream(), MAX_EXPANDED_BYTES - expanded,
                        field);
                if (name.equals("mimetype")) {
                    odtMimetype = kept.toString(StandardCharsets.US_ASCII).strip();
                } else if (wanted && kept.toString(StandardCharsets.UTF_8).contains("TargetMode=\"External\"")) {
                    externalLink = true;
                }
            }
        } catch (IOException e) {
            throw new EvidenceRejectedException(field, Reason.UNREADABLE_FILE, "could not be read as a document", 400);
        }
        EvidenceType type;
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            type = EvidenceType.DOCX;
        } else if (ODT_MIMETYPE.equals(odtMimetype) && names.contains("content.xml")) {
            type = EvidenceType.ODT;
        } else {
            throw new EvidenceRejectedException(field, Reason.NOT_AN_ACCEPTED_FILE, "is not a PDF, image, Word "
                    + "(DOCX) or OpenDocument text (ODT) file", 415);
        }
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.startsWith("basic/") || lower.startsWith("scripts/")
                    || lower.contains("/activex/") || lower.contains("/embeddings/") || lower.startsWith("object ")) {
                throw new EvidenceRejectedException(field, Reason.ACTIVE_CONTENT, "contains macros, scripts or "
                        + "embedded objects (" + name + ") and is not accepted: save it as a plain document or PDF",
                        415);
            }
        }
        if (externalLink) {
            throw new EvidenceRejectedException(field, Reason.ACTIVE_CONTENT, "links to content outside the "
                    + "document, which would be fetched when it is opened: save it as a plain document or PDF", 415);
        }
        return Optional.of(type);
    }

    /** Copies one entry, counting: past {@code allowed} bytes the document is refused, not expanded further. */
    private static long copy(InputStream in, OutputStream out, long allowed, String field) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            if (total > allowed) {
                throw refused(field, "expands to more than " + MAX_EXPANDED_BYTES / 1_048_576 + " MB");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static EvidenceRejectedException refused(String field, String why) {
        return new EvidenceRejectedException(field, Reason.FILE_TOO_LARGE, why, 413);
    }
}
