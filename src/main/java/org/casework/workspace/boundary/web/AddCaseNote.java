package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casework.cases.boundary.CaseNotes;
import org.casework.security.entity.StaffIdentity;

/** On the case page: an investigator or case examiner adds an internal note to the case file. */
@Named
@ViewScoped
public class AddCaseNote implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("text", "caseNote:text");

    @Inject
    WorkOnCase page;
    @Inject
    CaseNotes notes;
    @Inject
    StaffIdentity staff;

    private String text;

    public void add() {
        page.act(() -> {
            notes.add(page.caseReference(), text, staff);
            text = null; // kept when refused, so the message stands beside what was typed
        }, "Your note is added to the case file.", FIELDS);
    }

    public int getMaxLength() { return CaseNotes.MAX_LENGTH; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
