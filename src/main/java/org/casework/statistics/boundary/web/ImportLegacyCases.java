package org.casework.statistics.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.casework.kernel.ImportRefusedException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.statistics.boundary.LegacyImport;
import org.casework.statistics.boundary.rest.StatisticsResource;

/** The registrar uploads a legacy CSV of closed cases: imported whole, or refused with a message per bad row. */
@Named
@RequestScoped
public class ImportLegacyCases {

    @Inject
    LegacyImport legacyImport;
    @Inject
    OutcomeDashboard dashboard;

    private Part file;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("Choose a CSV file of closed cases to import.");
            return;
        }
        if (file.getSize() > StatisticsResource.MAX_IMPORT_BYTES) {
            FacesMessages.error("The file is larger than " + StatisticsResource.MAX_IMPORT_BYTES / 1_048_576
                    + " MB; split it and import the parts.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            int imported = legacyImport.importCases(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            FacesMessages.info(imported + " closed cases imported.");
            dashboard.show(); // the tables now count them
        } catch (ImportRefusedException e) {
            FacesMessages.error(e.getMessage() + ":");
            e.errors().forEach(r -> FacesMessages.error("Line " + r.line() + ", " + r.field() + ": " + r.reason()));
        } catch (IOException e) {
            FacesMessages.error("The file could not be read; please try again.");
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
