package org.casework.intake.boundary;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.casework.intake.entity.EvidenceUpload;

/** Files from a form's native file input, read once into memory (each is limited in size by web.xml). */
public final class Uploads {

    private Uploads() {
    }

    public static List<EvidenceUpload> of(List<Part> parts) {
        List<EvidenceUpload> uploads = new ArrayList<>();
        if (parts == null) {
            return uploads;
        }
        for (Part part : parts) {
            if (part.getSize() > 0) {
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new EvidenceUpload(part.getSubmittedFileName(), in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }
}
