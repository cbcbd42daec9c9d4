package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.letters.boundary.CaseMessages;
import org.casework.letters.boundary.MessageTemplates;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.entity.StaffIdentity;
import org.casework.workspace.boundary.CaseCorrespondence;

/** On the case page: the case's correspondence in order, and the form that writes to one of its people. */
@Named
@ViewScoped
public class WriteMessage implements Serializable {

    @Inject
    WorkOnCase page;
    @Inject
    CaseMessages messages;
    @Inject
    CaseCorrespondence correspondence;
    @Inject
    MessageTemplates templates;
    @Inject
    StaffIdentity staff;

    private String recipient;
    private String subject;
    private String body;
    private String letterId;
    private String template;
    private List<Choice> choices;

    /** A template as the menu offers it: its key and whom it is for with its name. */
    public record Choice(String key, String label) implements Serializable {
    }
    private List<CaseCorrespondence.Item> items;

    public void send() {
        Long letter = letterId == null || letterId.isBlank() ? null : Long.valueOf(letterId);
        page.act(() -> messages.send(page.caseReference(), recipient, subject, body, letter, staff),
                "Your message is emailed and listed under Correspondence.",
                Map.of("recipient", "message:recipient", "subject", "message:subject", "body", "message:body"));
    }

    /**
     * Fills the form from a template with this case's facts in it; nothing is sent until the writer has read it and
     * pressed Send (the page stays as it is: nothing was done that a reload could repeat).
     */
    public void useTemplate() {
        try {
            MessageTemplates.Draft draft = templates.draft(page.caseReference(), template, staff);
            recipient = draft.recipient();
            subject = draft.subject();
            body = draft.body();
            FacesMessages.info("The message below is filled in from the template: read it, change what you need, "
                    + "then send it.");
        } catch (CaseNotFoundException e) {
            FacesMessages.error("Choose a template first.");
        } catch (AccessDeniedException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    /** The templates, to the practitioner, the complainant and the employer, each named by whom it is for. */
    public List<Choice> getTemplates() {
        if (choices == null) {
            choices = !isOpen() ? List.of() : templates.all().stream().map(t -> new Choice(t.key(),
                    "To the " + t.recipient().label() + ": " + t.name())).toList();
        }
        return choices;
    }

    public boolean isOpen() {
        return page.getCaseFile() != null && (staff.hasRole("INVESTIGATOR") || staff.hasRole("CASE_EXAMINER"));
    }

    public List<CaseCorrespondence.Item> getItems() {
        if (items == null) {
            items = page.getCaseFile() == null ? List.of() : correspondence.of(page.caseReference());
        }
        return items;
    }

    /** The issued letters that may go with a message. */
    public List<CaseCorrespondence.Item> getLetters() {
        return getItems().stream().filter(i -> i.letterId() != null).toList();
    }

    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLetterId() { return letterId; }
    public void setLetterId(String letterId) { this.letterId = letterId; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
}
