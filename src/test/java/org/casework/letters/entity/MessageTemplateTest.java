package org.casework.letters.entity;

import java.time.Instant;
import java.util.Map;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplateTest {

    private static final Instant AT = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void mergesTheCasesFactsIntoSubjectAndTextButNeverReadsAMergedValueAsAPlace() {
        MessageTemplate template = new MessageTemplate("response-deadline", "Reminder", Recipient.PRACTITIONER,
                "Your response to complaint {reference}", "Dear {practitioner},\n\nDue by {responseDueDate}.\n\n{sender}",
                null, null);
        MessageTemplate.Draft draft = template.merge(Map.of("reference", "MSC-2026-000001",
                "practitioner", "David {reference} Marsh", "responseDueDate", "3 January 2027", "sender", "Ana"));
        assertThat(draft.subject()).isEqualTo("Your response to complaint MSC-2026-000001");
        assertThat(draft.body()).isEqualTo("Dear David {reference} Marsh,\n\nDue by 3 January 2027.\n\nAna");
    }

    @Test
    void refusesEveryBadFieldAtOnceNamingTheFactsItDoesNotKnow() {
        assertThatThrownBy(() -> new MessageTemplate("chase", "", Recipient.OTHER_BODY, "Line\nbreak",
                "Dear {practitoner}, see {reference}.", "admin", AT))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field)
                        .containsExactlyInAnyOrder("name", "recipient", "subject", "body"));
        assertThatThrownBy(() -> new MessageTemplate("chase", "Chase", Recipient.PRACTITIONER, "About {reference}",
                "Dear {practitoner}", "admin", AT))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage()).contains("[practitoner]", "practitioner", "responseDueDate");
                });
        assertThatThrownBy(() -> new MessageTemplate("Not A Key", "Chase", Recipient.PRACTITIONER, "About",
                "Text", "admin", AT)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("key"));
    }

    @Test
    void aRewordingThatIsRefusedChangesNothing() {
        MessageTemplate template = new MessageTemplate("update", "Update", Recipient.COMPLAINANT, "Your complaint",
                "Dear {complainant}", null, null);
        assertThatThrownBy(() -> template.reword("Update", Recipient.COMPLAINANT, "Your complaint", "{secret}",
                "admin", AT)).isInstanceOf(InvalidFieldException.class);
        assertThat(template.body()).isEqualTo("Dear {complainant}");
        assertThat(template.updatedBy()).isNull();
        template.reword("News", Recipient.COMPLAINANT, "Your complaint {reference}", "Kia ora {complainant}",
                "admin", AT);
        assertThat(template.name()).isEqualTo("News");
        assertThat(template.updatedBy()).isEqualTo("admin");
    }
}
