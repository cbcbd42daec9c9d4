package org.casework.register.boundary.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.ImportRefusedException;
import org.casework.kernel.InvalidFieldException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.register.boundary.RegisterMaintenance;
import org.casework.register.boundary.RegisterMaintenance.Imported;
import org.casework.register.entity.Practitioner;
import org.casework.register.entity.Practitioner.Details;
import org.casework.register.entity.RegistrationStatus;
import org.casework.security.entity.StaffIdentity;

/**
 * The administrators' register page: find registrants, add one or change one's details (every refused field beside
 * its input), and import the regulator's register as CSV (every line or none, each problem listed).
 */
@Named
@ViewScoped
public class KeepRegister implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("registrationNumber", "registrant:number",
            "fullName", "registrant:fullName", "profession", "registrant:profession", "scope", "registrant:scope",
            "status", "registrant:status", "employer", "registrant:employer", "email", "registrant:email",
            "employerEmail", "registrant:employerEmail", "postalAddress", "registrant:postalAddress");

    /** A line of the list. */
    public record Row(String number, String name, String profession, String status, String email)
            implements Serializable {
    }

    @Inject
    RegisterMaintenance register;
    @Inject
    StaffIdentity staff;

    private String q;
    private String number;
    private boolean existing;
    private String fullName;
    private String profession;
    private String scope;
    private String status = RegistrationStatus.CURRENT.name();
    private String employer;
    private String email;
    private String employerEmail;
    private String postalAddress;
    private transient Part file;
    private List<Row> rows;

    /** The view parameter {@code number}: the registrant to change, if any. */
    public void load() {
        if (number == null || number.isBlank() || existing) {
            return;
        }
        try {
            Details d = register.one(number, staff).details();
            existing = true;
            fullName = d.fullName();
            profession = d.profession();
            scope = d.scope();
            status = d.status();
            employer = d.employer();
            email = d.email();
            employerEmail = d.employerEmail();
            postalAddress = d.postalAddress();
        } catch (CaseNotFoundException e) {
            FacesMessages.error("No one is registered under " + number + ".");
            number = null;
        }
    }

    public void save() {
        Details details = new Details(number, fullName, profession, scope, status, employer, email, employerEmail,
                postalAddress);
        try {
            Practitioner saved = existing ? register.change(number, details, staff) : register.add(details, staff);
            showAgain(saved.registrationNumber(), saved.fullName() + " (" + saved.registrationNumber() + ") is "
                    + (existing ? "changed" : "on the register") + ". New cases about them are matched to this "
                    + "entry; letters go to the addresses here.");
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("Choose the CSV file to import.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            Imported done = register.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8), staff);
            showAgain(null, "The register is imported: " + done.added() + " added, " + done.changed()
                    + " changed.");
        } catch (ImportRefusedException e) {
            FacesMessages.error(e.getMessage() + ":");
            e.errors().forEach(r -> FacesMessages.error("Line " + r.line() + ", " + r.field() + ": " + r.reason()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = register.find(q, 0, 100, staff).stream().map(p -> new Row(p.registrationNumber(), p.fullName(),
                    p.profession(), p.status().label(), p.email())).toList();
        }
        return rows;
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    private static void showAgain(String number, String done) {
        FacesMessages.info(done);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/staff/admin/register.xhtml"
                    + (number == null ? "" : "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isExisting() { return existing; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getProfession() { return profession; }
    public void setProfession(String profession) { this.profession = profession; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getEmployerEmail() { return employerEmail; }
    public void setEmployerEmail(String employerEmail) { this.employerEmail = employerEmail; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
