package org.casework.letters.control;

import java.time.LocalDate;
import java.time.ZoneId;
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

    static LetterContent toPractitioner(Complaint complaint, LocalDate date) {
        return letter(TemplateKey.of(complaint.decision().outcome(), Recipient.PRACTITIONER), complaint, date);
    }
}
