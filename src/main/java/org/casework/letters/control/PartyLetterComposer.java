package org.casework.letters.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.cases.entity.Complaint;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;

/**
 * The letters around the decision: the investigation notice to the practitioner, and the outcome as the complainant
 * and the employer may know it (no reasons, no clauses, nothing of the practitioner's response).
 */
public class PartyLetterComposer {

    private final String regulatorName;
    private final String regulatorAddress;
    private final String signatory;

    public PartyLetterComposer(String regulatorName, String regulatorAddress, String signatory) {
        this.regulatorName = regulatorName;
        this.regulatorAddress = regulatorAddress;
        this.signatory = signatory;
    }

    public LetterContent investigationNotice(Complaint complaint, LocalDate date) {
        String name = complaint.practitioner().name();
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Dear " + name + ","));
        body.add(new Paragraph("The " + regulatorName + " has received a complaint about your use of "
                + complaint.platform().label() + " (conduct on or about " + complaint.conductDate() + ") and has "
                + "decided to investigate it."));
        body.add(new Heading("What is alleged"));
        body.add(new Paragraph(complaint.description()));
        body.add(new Heading("Your response"));
        body.add(new Paragraph("You may respond in writing within " + org.casework.cases.entity.ResponseClock.RESPONSE_DAYS + " days of the "
                + "date of this notice. If we do not hear from you by then, the investigation continues without your "
                + "response. You may wish to seek advice from your professional body or a lawyer."));
        return new LetterContent(regulatorName, regulatorAddress, date, complaint.reference().value(),
                List.of(name), "Notice of investigation " + complaint.reference(), body, signatory);
    }

    public LetterContent toComplainant(Complaint complaint, LocalDate date) {
        String name = complaint.complainant().fullName() == null ? "complainant" : complaint.complainant().fullName();
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Dear " + name + ","));
        body.add(new Paragraph("Thank you for your complaint about " + complaint.practitioner().name() + ". We have "
                + "now considered it."));
        body.add(new Heading("Outcome: " + complaint.decision().outcome().label()));
        body.add(new Paragraph("The outcome is recorded against your complaint. Some outcomes, such as a warning, "
                + "are published on the register; others are not. You can follow the status of your complaint "
                + "online with your reference and tracking code."));
        return new LetterContent(regulatorName, regulatorAddress, date, complaint.reference().value(),
                List.of(name), "Outcome of your complaint " + complaint.reference(), body, signatory);
    }

    public LetterContent toEmployer(Complaint complaint, LocalDate date) {
        String employer = complaint.registrant() != null && complaint.registrant().employer() != null
                ? complaint.registrant().employer() : complaint.practitioner().workplace();
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Dear Sir or Madam,"));
        body.add(new Paragraph("We refer to you, for local resolution, a complaint about the use of "
                + complaint.platform().label() + " by " + complaint.practitioner().name() + ", who works with you."));
        body.add(new Heading("The complaint"));
        body.add(new Paragraph(complaint.description()));
        body.add(new Paragraph("Please tell us within 28 days how the matter was resolved."));
        return new LetterContent(regulatorName, regulatorAddress, date, complaint.reference().value(),
                List.of(employer == null ? "The employer" : employer),
                "Referral for local resolution " + complaint.reference(), body, signatory);
    }

    /** Whom the employer letter goes to, if the case names an employer at all. */
    public static boolean hasEmployer(Complaint complaint) {
        return (complaint.registrant() != null && complaint.registrant().employer() != null)
                || complaint.practitioner().workplace() != null;
    }
}
