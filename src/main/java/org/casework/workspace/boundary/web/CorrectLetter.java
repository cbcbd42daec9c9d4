package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casework.letters.boundary.LetterCorrections;
import org.casework.security.entity.StaffIdentity;

/** On the case page: a member of staff asks for the next version of an issued letter, saying what was wrong. */
@Named
@ViewScoped
public class CorrectLetter implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("reason", "correct:reason");

    @Inject
    WorkOnCase page;
    @Inject
    LetterCorrections corrections;
    @Inject
    StaffIdentity staff;

    private Long letterId;
    private String reason;

    public void request() {
        page.act(() -> corrections.request(page.caseReference(), letterId == null ? -1 : letterId, reason,
                staff.username()), "The corrected letter is drafted and waits for a second person's approval.",
                FIELDS);
        reason = null;
    }

    public Long getLetterId() { return letterId; }
    public void setLetterId(Long letterId) { this.letterId = letterId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
