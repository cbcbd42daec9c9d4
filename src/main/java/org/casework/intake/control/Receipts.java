package org.casework.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.PostLink;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.control.LetterComposer;
import org.casework.letters.control.LetterContent;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;
import org.casework.letters.control.LetterRenderer;
import org.casework.platform.control.CaseworkConfig;

/** The complainant's PDF receipt: reference, tracking code, and what we received, on the regulator's letterhead. */
@ApplicationScoped
public class Receipts {

    /** The moment received in the regulator's zone ("6 December 2026, 3:18 pm"); days as the letters write them. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm a",
            Locale.ENGLISH);

    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;

    public byte[] render(Complaint complaint, String trackingCode, List<String> evidence) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Thank you for your complaint. This receipt confirms what we received."));
        body.add(new Heading("Your reference: " + complaint.reference()));
        body.add(new Paragraph("Your tracking code: " + trackingCode));
        body.add(new Paragraph("Keep this receipt safe: the reference and the tracking code together let you follow "
                + "your complaint and add to it. We cannot tell you the tracking code again."));
        body.add(new Heading("What you told us"));
        body.add(new Paragraph("Practitioner: " + complaint.practitioner().name()));
        body.add(new Paragraph("Platform: " + complaint.platform().label() + "; date of the conduct: "
                + LetterComposer.DAY.format(complaint.conductDate())));
        body.add(new Paragraph("Links: " + String.join(", ", complaint.postLinks().stream().map(PostLink::url).toList())));
        body.add(new Paragraph("Files: " + (evidence.isEmpty() ? "none" : String.join("; ", evidence))));
        body.add(new Paragraph("Received: " + MOMENT.format(complaint.receivedAt().atZone(time.zone()))
                .replace("AM", "am").replace("PM", "pm")));
        List<String> to = complaint.complainant().fullName() == null ? List.of()
                : List.of(complaint.complainant().fullName());
        return renderer().render(new LetterContent(config.regulatorName(), config.regulatorAddress(),
                time.today(), complaint.reference().value(), to, "Receipt for your complaint", body,
                config.signatory()));
    }

    /** The logo is read for each document, so that a replaced logo file needs no restart (and a broken one fails
     * that document, which as a workflow step is retried and then shown as an incident). */
    private LetterRenderer renderer() {
        return new LetterRenderer(config.logo());
    }
}
