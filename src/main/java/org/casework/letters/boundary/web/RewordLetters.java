package org.casework.letters.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.kernel.InvalidFieldException;
import org.casework.letters.boundary.LetterTemplateAdmin;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.entity.StaffIdentity;

/** An administrator picks a letter template, rewords it, and saves it or goes back to the shipped wording. */
@Named
@ViewScoped
public class RewordLetters implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("subject", "template:subject", "body", "template:body",
            "issued", "template:issued");

    @Inject
    LetterTemplateAdmin admin;

    @Inject
    StaffIdentity staff;

    private String key;
    private String subject;
    private String body;
    private boolean issued;
    private LetterTemplateAdmin.TemplateView selected;
    private List<LetterTemplateAdmin.TemplateView> templates;

    /** Called by the view parameter: the template to edit, if any. */
    public void load() {
        if (key == null || key.isBlank()) {
            return;
        }
        selected = getTemplates().stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
        if (selected == null) {
            FacesMessages.error("There is no letter template " + key + ".");
            return;
        }
        subject = selected.subject();
        body = selected.body();
        issued = selected.issued();
    }

    public void save() {
        try {
            selected = admin.reword(key, subject, body, issued, staff.username());
            templates = null;
            FacesMessages.info("Saved. Letters drafted from now on use this wording; letters already issued keep "
                    + "theirs.");
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void reset() {
        selected = admin.reset(key);
        subject = selected.subject();
        body = selected.body();
        issued = selected.issued();
        templates = null;
        FacesMessages.info("Back to the shipped wording.");
    }

    public List<LetterTemplateAdmin.TemplateView> getTemplates() {
        if (templates == null) {
            templates = admin.all();
        }
        return templates;
    }

    public LetterTemplateAdmin.TemplateView getSelected() { return selected; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isIssued() { return issued; }
    public void setIssued(boolean issued) { this.issued = issued; }
}
