package org.casework.letters.entity;

import java.time.Instant;
import org.casework.cases.entity.CaseFixtures;
import org.casework.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseMessageTest {

    @Test
    void aMessageNamesEveryMissingFieldAtOnceAndItsSubjectIsOneLine() {
        var david = CaseFixtures.davidComplaint();
        assertThatThrownBy(() -> new CaseMessage(david, null, "a@example.org", " ", "", null, "ivy", Instant.now()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field).containsExactly("recipient", "subject", "body"));
        assertThatThrownBy(() -> new CaseMessage(david, Recipient.PRACTITIONER, "a@example.org",
                "Hello\r\nBcc: someone@evil.example", "Text", null, "ivy", Instant.now()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("subject"));
        var sent = new CaseMessage(david, Recipient.PRACTITIONER, "a@example.org", "Your response", "Thank you.\n\nIvy",
                null, "ivy", Instant.now());
        assertThat(sent.emailedAt()).isNull();
        sent.emailed(Instant.now());
        assertThat(sent.emailedAt()).isNotNull();
    }
}
