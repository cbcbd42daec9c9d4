package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.letters.boundary.CaseMessages;
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
    StaffIdentity staff;

    private String recipient;
    private String subject;
    private String body;
    private String letterId;
    private List<CaseCorrespondence.Item> items;

    public void send() {
        Long letter = letterId == null || letterId.isBlank() ? null : Long.valueOf(letterId);
        page.act(() -> messages.send(page.caseReference(), recipient, subject, body, letter, staff),
                "Your message is emailed and listed under Correspondence.",
                Map.of("recipient", "message:recipient", "subject", "message:subject", "body", "message:body"));
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
}
