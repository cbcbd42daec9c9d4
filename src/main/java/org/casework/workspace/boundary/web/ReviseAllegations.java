package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.cases.boundary.Allegations;
import org.casework.cases.boundary.CaseView;
import org.casework.kernel.AllegationCategory;
import org.casework.security.entity.StaffIdentity;

/** On the case page: an investigator ticks what the case alleges and picks the clauses each allegation concerns. */
@Named
@ViewScoped
public class ReviseAllegations implements Serializable {

    /** One category: alleged or not, and its clauses. */
    public static class Row implements Serializable {
        private final AllegationCategory category;
        private boolean alleged;
        private List<String> clauses;

        Row(AllegationCategory category, boolean alleged, List<String> clauses) {
            this.category = category;
            this.alleged = alleged;
            this.clauses = new ArrayList<>(clauses);
        }

        public String getCategory() { return category.name(); }
        public String getLabel() { return category.label(); }
        public boolean isAlleged() { return alleged; }
        public void setAlleged(boolean alleged) { this.alleged = alleged; }
        public List<String> getClauses() { return clauses; }
        public void setClauses(List<String> clauses) { this.clauses = clauses; }
    }

    /** Every allegation's fields show beside the list of allegations. */
    private static final Map<String, String> FIELDS = fields();

    @Inject
    WorkOnCase page;
    @Inject
    Allegations allegations;
    @Inject
    StaffIdentity staff;

    private List<Row> rows;

    public void save() {
        List<Allegations.Allegation> revised = getRows().stream().filter(Row::isAlleged)
                .map(r -> new Allegations.Allegation(r.getCategory(), r.getClauses())).toList();
        page.act(() -> allegations.revise(page.caseReference(), revised, staff),
                "The allegations and their clauses are saved; the decision form starts from them.",
                FIELDS);
        rows = null;
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < AllegationCategory.values().length; i++) {
            fields.put("allegations[" + i + "].clauses", "allegations:rows");
            fields.put("allegations[" + i + "].category", "allegations:rows");
        }
        return Map.copyOf(fields);
    }

    /** While the case is open, triaged and not yet decided, for investigators and case examiners. */
    public boolean isOpen() {
        CaseView c = page.getCaseFile();
        return c != null && c.triage() != null && c.decision() == null && !"CLOSED".equals(c.status())
                && (staff.hasRole("INVESTIGATOR") || staff.hasRole("CASE_EXAMINER"));
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            CaseView c = page.getCaseFile();
            for (AllegationCategory category : AllegationCategory.values()) {
                var linked = c == null || c.triage() == null ? null : c.triage().allegedClauses().stream()
                        .filter(a -> a.category().equals(category.name())).findFirst().orElse(null);
                rows.add(new Row(category, linked != null, linked == null ? List.of() : linked.clauses()));
            }
        }
        return rows;
    }
}
