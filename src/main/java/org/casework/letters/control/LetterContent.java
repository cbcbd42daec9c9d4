package org.casework.letters.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a letter says, independent of how it is laid out on paper. */
public record LetterContent(String regulatorName, String regulatorAddress, LocalDate date, String reference,
                            List<String> recipient, String subject, List<Block> body, String signatory) {

    /** The same letter as a correction of an earlier version: it says so first, with the reason. */
    public LetterContent correcting(LocalDate earlierDate, int earlierVersion, String reason) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("Correction"));
        blocks.add(new Paragraph("This letter replaces our letter of " + LetterComposer.DAY.format(earlierDate)
                + " about case " + reference
                + " (version " + earlierVersion + "), which contained an error: " + reason + " Please rely on this "
                + "letter instead of the earlier one."));
        blocks.addAll(body);
        return new LetterContent(regulatorName, regulatorAddress, date, reference, recipient,
                "Corrected: " + subject, List.copyOf(blocks), signatory);
    }

    /** A piece of the letter's body. */
    public sealed interface Block permits Heading, Paragraph, Quote {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A quoted passage, such as a policy clause: set indented. */
    public record Quote(String text) implements Block {
    }
}
