package org.casework.letters.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.casework.cases.entity.Complaint;
import org.casework.letters.entity.Recipient;
import org.casework.letters.entity.TemplateKey;

/** Letters of a case in the shipped wording, as the tests read them. */
final class Compose {

    static final LetterComposer COMPOSER = new LetterComposer("Medical Sciences Council of New Zealand",
            "PO Box 11 905, Wellington 6142", "Registrar", ZoneId.of("Pacific/Auckland"));

    private Compose() {
    }

    static LetterContent letter(TemplateKey key, Complaint complaint, LocalDate date) {
        return COMPOSER.compose(DefaultTemplates.of(key), complaint, date);
    }

    static final String EVIDENCE = "Image (PNG) of 500 KB supplied by the complainant on 15 March 2026";

    static LetterContent toPractitioner(Complaint complaint, LocalDate date) {
        return COMPOSER.compose(DefaultTemplates.of(TemplateKey.of(complaint.decision().outcome(),
                Recipient.PRACTITIONER)), complaint, List.of(EVIDENCE), date);
    }
}
