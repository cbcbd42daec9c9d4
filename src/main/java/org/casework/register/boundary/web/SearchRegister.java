package org.casework.register.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casework.kernel.InvalidFieldException;
import org.casework.register.boundary.PublicRegister;

/**
 * The public register page: a plain GET form ({@code register.xhtml?registration=…} or {@code ?name=…}), so a look-up
 * is an address anyone can bookmark or share, works without JavaScript and repeats nothing when reloaded.
 */
@Named
@RequestScoped
public class SearchRegister {

    @Inject
    PublicRegister register;

    private String registration;
    private String name;
    private List<PublicRegister.Entry> found;
    private String refusedField;
    private String refusal;

    /** Looks up when the address asks for something; a refused look-up is said beside its field. */
    public void search() {
        if (blank(registration) && blank(name)) {
            return;
        }
        try {
            found = register.find(blank(registration) ? null : registration, blank(registration) ? name : null);
        } catch (InvalidFieldException e) {
            refusedField = e.field();
            refusal = e.reason();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isSearched() { return found != null; }
    public List<PublicRegister.Entry> getFound() { return found; }
    public String refusalOf(String field) { return field.equals(refusedField) ? refusal : null; }
    public String getRegistration() { return registration; }
    public void setRegistration(String registration) { this.registration = registration; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
