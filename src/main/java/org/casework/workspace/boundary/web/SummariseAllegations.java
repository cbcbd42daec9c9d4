package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casework.cases.boundary.Allegations;
import org.casework.cases.boundary.CaseView;
import org.casework.security.entity.StaffIdentity;

/**
 * On the case page: the allegations in the regulator's words, what the notice and the decision letters tell the
 * practitioner and the employer (the complainant's own words go to them only where the complainant agreed).
 */
@Named
@ViewScoped
public class SummariseAllegations implements Serializable {

    @Inject
    WorkOnCase page;
    @Inject
    Allegations allegations;
    @Inject
    StaffIdentity staff;
    @Inject
    ReviseAllegations revise;

    private String summary;

    public void save() {
        page.act(() -> allegations.summarise(page.caseReference(), summary, staff),
                summary == null || summary.isBlank()
                        ? "The summary is removed; letters to the practitioner state the categories alleged."
                        : "The summary is saved; the practitioner's and the employer's letters state it.",
                Map.of("summary", "summary:text"));
    }

    /** Whoever may adjust the allegations may word them, until the decision. */
    public boolean isOpen() {
        return revise.isOpen();
    }

    public String getSummary() {
        if (summary == null) {
            CaseView c = page.getCaseFile();
            summary = c == null || c.triage() == null ? null : c.triage().summary();
        }
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
