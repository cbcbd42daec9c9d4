package org.casework.intake.entity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.casework.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentSubmissionTest {

    static final IdempotencyKey KEY = new IdempotencyKey("6f1c0a7e-2b4d-4d8e-9a51-3c2f7e8b9d10");
    static final Receipt RECEIPT = new Receipt("MSC-2026-000042", "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
            "Received");

    @Test
    void aRetryOfTheSameRequestGetsTheFirstReceipt() {
        IdempotentSubmission stored = new IdempotentSubmission(KEY, "a".repeat(64), RECEIPT, Instant.now());
        assertThat(stored.replay(KEY, "a".repeat(64))).isEqualTo(RECEIPT);
    }

    @Test
    void theFirstAnswerLivesForItsLifetimeAndNoLonger() {
        Instant at = Instant.parse("2026-12-06T00:00:00Z");
        IdempotentSubmission stored = new IdempotentSubmission(KEY, "a".repeat(64), RECEIPT, at);
        Duration day = Duration.ofHours(24);
        assertThat(stored.expired(at.plus(Duration.ofHours(23)), day)).isFalse();
        assertThat(stored.expired(at.plus(day), day)).isTrue();
        assertThat(stored.expired(at.plus(Duration.ofDays(400)), day)).isTrue();
    }

    @Test
    void anotherRequestUnderTheSameKeyIsRefusedWith422NamingTheHeader() {
        IdempotentSubmission stored = new IdempotentSubmission(KEY, "a".repeat(64), RECEIPT, Instant.now());
        assertThatThrownBy(() -> stored.replay(KEY, "b".repeat(64))).isInstanceOfSatisfying(
                InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("Idempotency-Key");
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.reason()).contains("MSC-2026-000042");
                });
    }

    @Test
    void theStoredAnswerHoldsNeitherTheKeyNorTheTrackingCodeInClear() {
        byte[] sealed = KEY.seal(RECEIPT.trackingCode());
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("ABCD");
        assertThat(KEY.open(sealed)).isEqualTo(RECEIPT.trackingCode());
        assertThat(KEY.hash()).hasSize(64).doesNotContain(KEY.value());
        IdempotencyKey other = new IdempotencyKey("another-key-of-enough-length");
        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysAreSixteenToTwoHundredFiftyFiveVisibleCharacters() {
        assertThat(IdempotencyKey.ofHeader(null)).isNull();
        for (String bad : new String[] {"short", "x".repeat(256), "with a space in the middle", "tab\there-and-more-text",
            "ünïcödé-key-of-enough-length"}) {
            assertThatThrownBy(() -> IdempotencyKey.ofHeader(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
        }
        assertThat(IdempotencyKey.ofHeader("  " + KEY.value() + " ").value()).isEqualTo(KEY.value());
    }
}
