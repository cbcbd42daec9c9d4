package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.cases.boundary.Decisions;
import org.casework.cases.entity.PaymentOrders;
import org.casework.cases.entity.Term;
import org.casework.kernel.ClauseId;
import org.casework.kernel.Outcome;
import org.casework.platform.control.CaseworkConfig;
import org.casework.security.entity.StaffIdentity;

/**
 * The case page's decision form: the case examiners' decision, or a hearing panel's recorded for it, with the
 * outcome, reasons and the clauses breached (starting from the clauses the investigators linked to the allegations).
 */
@Named
@ViewScoped
public class DecideCase implements Serializable {

    @Inject
    WorkOnCase page;
    @Inject
    Decisions decisions;
    @Inject
    StaffIdentity staff;
    @Inject
    CaseworkConfig config;

    /** Room for this many conditions or undertakings; blank rows are left out. */
    static final int TERM_ROWS = 5;

    /** One condition or undertaking as typed: its text and the day it is checked. */
    public static final class TermRow implements Serializable {
        private String text;
        private LocalDate reviewOn;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public LocalDate getReviewOn() { return reviewOn; }
        public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }

        boolean isBlank() {
            return (text == null || text.isBlank()) && reviewOn == null;
        }
    }

    private final List<TermRow> terms = new ArrayList<>();

    private Outcome outcome;
    private String reasons;
    private List<String> clauses;
    private LocalDate orderEndsOn;
    private BigDecimal fine;
    private BigDecimal costs;

    public void decide() {
        List<Term> given = terms.stream().filter(t -> !t.isBlank()).map(t -> new Term(t.getText(), t.getReviewOn()))
                .toList();
        if (page.isHearingOpen()) {
            page.act(() -> decisions.recordHearingDecision(page.caseReference(), outcome, reasons,
                    ClauseId.parseAll(getClauses(), "clauses"), orderEndsOn, given, fine, costs, staff),
                    "The hearing's decision is recorded; its letters wait for approval.", fields());
        } else {
            page.act(() -> decisions.record(page.caseReference(), outcome, reasons,
                    ClauseId.parseAll(getClauses(), "clauses"), given, staff),
                    "Decision recorded; the letters are being drafted for a second person's approval.", fields());
        }
    }

    /** The rows for conditions or undertakings, always {@link #TERM_ROWS} of them. */
    public List<TermRow> getTerms() {
        while (terms.size() < TERM_ROWS) {
            terms.add(new TermRow());
        }
        return terms;
    }

    /** The page's fields, and each term row's, where a refusal is said; rows are numbered as the filled ones. */
    private Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>(WorkOnCase.FIELDS);
        fields.put("terms", "decision:termsMessage");
        fields.put("fine", "decision:fine");
        fields.put("costs", "decision:costs");
        int filled = 0;
        for (int row = 0; row < terms.size(); row++) {
            if (!terms.get(row).isBlank()) {
                fields.put("terms[" + filled + "].text", "decision:termRows:" + row + ":termText");
                fields.put("terms[" + filled + "].reviewOn", "decision:termRows:" + row + ":termReview");
                filled++;
            }
        }
        return fields;
    }

    /** Until the examiner ticks otherwise: the clauses the investigators linked to the allegations. */
    public List<String> getClauses() {
        if (clauses == null) {
            var caseFile = page.getCaseFile();
            clauses = caseFile == null || caseFile.triage() == null ? new ArrayList<>()
                    : new ArrayList<>(caseFile.triage().suggestedClauses());
        }
        return clauses;
    }

    public void setClauses(List<String> clauses) { this.clauses = clauses; }
    /** The outcomes this decider may choose, as the regulator's settings say. */
    public List<Outcome> getOutcomes() {
        return page.isHearingOpen() ? config.hearingOutcomes() : config.examinerOutcomes();
    }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public LocalDate getOrderEndsOn() { return orderEndsOn; }
    public void setOrderEndsOn(LocalDate orderEndsOn) { this.orderEndsOn = orderEndsOn; }
    public BigDecimal getFine() { return fine; }
    public void setFine(BigDecimal fine) { this.fine = fine; }
    public BigDecimal getCosts() { return costs; }
    public void setCosts(BigDecimal costs) { this.costs = costs; }
    /** Whether a hearing may order a fine here, and up to how much; whether it may order costs. */
    public boolean isFinesAllowed() { return config.fineMax().signum() > 0; }
    public String getFineMax() { return PaymentOrders.money(config.fineMax()); }
    public boolean isCostsAllowed() { return config.costsOrders(); }
}
