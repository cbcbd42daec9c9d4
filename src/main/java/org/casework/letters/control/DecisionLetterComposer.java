package org.casework.letters.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.cases.entity.Outcome;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;
import org.casework.letters.control.LetterContent.Quote;
import org.casework.policy.entity.PolicyClause;

/**
 * Words of the practitioner's decision letter: what was alleged, what was decided and why, and each clause breached
 * quoted in full with its policy and version. Evidence is described, never reproduced.
 */
public class DecisionLetterComposer {

    private final String regulatorName;
    private final String regulatorAddress;
    private final String signatory;

    public DecisionLetterComposer(String regulatorName, String regulatorAddress, String signatory) {
        this.regulatorName = regulatorName;
        this.regulatorAddress = regulatorAddress;
        this.signatory = signatory;
    }

    public LetterContent toPractitioner(Complaint complaint, LocalDate date) {
        Decision decision = complaint.decision();
        String name = complaint.practitioner().name();
        List<String> recipient = new ArrayList<>();
        recipient.add(name);
        if (complaint.registrant() != null) {
            recipient.add("Registration number " + complaint.registrant().registrationNumber());
        }
        if (complaint.practitioner().workplace() != null) {
            recipient.add(complaint.practitioner().workplace());
        }
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Dear " + name + ","));
        body.add(new Paragraph("The " + regulatorName + " received a complaint about your use of "
                + complaint.platform().label() + " (conduct on or about " + complaint.conductDate() + "). "
                + "This letter tells you the outcome of our consideration of that complaint."));
        body.add(new Heading("The complaint"));
        body.add(new Paragraph(complaint.description()));
        body.add(new Paragraph("We considered " + complaint.postLinks().size()
                + " link(s) to the post(s) concerned and the material supplied with the complaint. "
                + "Images of patients are not reproduced in this letter."));
        body.add(new Heading("Outcome: " + decision.outcome().label()));
        body.add(new Paragraph(meaningOf(decision.outcome())));
        body.add(new Heading("Reasons"));
        body.add(new Paragraph(decision.reasons()));
        if (!decision.citedClauses().isEmpty()) {
            body.add(new Heading("Policy clauses breached"));
            for (PolicyClause clause : decision.citedClauses()) {
                body.add(new Paragraph("Clause " + clause.number() + " - " + clause.heading() + " ("
                        + clause.version().describe() + ", in force " + clause.version().describePeriod() + ")"));
                body.add(new Quote(clause.body()));
            }
        }
        return new LetterContent(regulatorName, regulatorAddress, date, complaint.reference().value(), recipient,
                "Decision on complaint " + complaint.reference(), body, signatory);
    }

    static String meaningOf(Outcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "The case examiners decided that no further action is needed. The case is closed.";
            case ADVICE -> "The case examiners give you advice about your future conduct. Advice is not published.";
            case WARNING -> "The case examiners issue you a warning. A warning is published on the register for two "
                    + "years. You may ask for a hearing instead within 28 days of the date of this letter.";
            case EMPLOYER_REFERRAL -> "The case examiners refer the matter to your employer for local resolution.";
            case UNDERTAKINGS -> "The case examiners propose undertakings. You have 28 days to agree to them; if you "
                    + "do not, the case is referred to a hearing.";
            case CONDITIONS -> "Conditions are imposed on your registration for the period stated in the decision; a "
                    + "review is held before they end.";
            case SUSPENSION -> "Your registration is suspended for the period stated in the decision; a review is held "
                    + "before the suspension ends.";
        };
    }
}
