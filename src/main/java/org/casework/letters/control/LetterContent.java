package org.casework.letters.control;

import java.time.LocalDate;
import java.util.List;

/** What a letter says, independent of how it is laid out on paper. */
public record LetterContent(String regulatorName, String regulatorAddress, LocalDate date, String reference,
                            List<String> recipient, String subject, List<Block> body, String signatory) {

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
