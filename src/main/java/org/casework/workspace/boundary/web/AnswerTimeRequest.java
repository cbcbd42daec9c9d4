package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.casework.cases.boundary.ResponseExtensions;
import org.casework.cases.entity.TimeRequest;
import org.casework.security.entity.StaffIdentity;

/** On the case page: the practitioner's request for more time, granted or refused by whoever works on the case. */
@Named
@ViewScoped
public class AnswerTimeRequest implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("note", "timeRequest:note");

    /** The open request as the page shows it. */
    public record Open(long id, int days, String reason, String askedBy, Instant askedAt)
            implements Serializable {
    }

    @Inject
    WorkOnCase page;
    @Inject
    ResponseExtensions extensions;
    @Inject
    StaffIdentity staff;

    private Open open;
    private boolean looked;
    private String note;

    public Open getOpen() {
        if (!looked) {
            looked = true;
            open = extensions.of(page.caseReference()).stream().filter(TimeRequest::open).findFirst()
                    .map(t -> new Open(t.id(), t.days(), t.reason(), t.askedBy(), t.askedAt())).orElse(null);
        }
        return open;
    }

    public void grant() {
        answer(true, "More time is granted: the practitioner's response is now due " + getOpen().days()
                + " days later, and the reminder and the day-28 step move with it. The portal tells them.");
    }

    public void refuse() {
        answer(false, "More time is refused; the due date stands. The portal shows the practitioner your note.");
    }

    private void answer(boolean grant, String done) {
        long id = getOpen().id();
        page.act(() -> extensions.decide(page.caseReference(), id, grant, note, staff), done, FIELDS);
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
