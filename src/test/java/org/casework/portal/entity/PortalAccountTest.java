package org.casework.portal.entity;

import java.time.Instant;
import org.casework.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    private final PortalAccount account = new PortalAccount(" David.Marsh@Example.org ", "David Marsh",
            "a long and private phrase".toCharArray(), NOW);

    @Test
    void theAddressIsKeptWithoutCaseAndThePasswordOnlyAsItsHash() {
        assertThat(account.email()).isEqualTo("david.marsh@example.org");
        assertThat(account.passwordIs("a long and private phrase".toCharArray())).isTrue();
        assertThat(account.passwordIs("a long and private phrasE".toCharArray())).isFalse();
    }

    @Test
    void aWeakPasswordOrABadAddressIsRefusedByField() {
        assertThatThrownBy(() -> new PortalAccount("d@example.org", "D", "short".toCharArray(), NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> new PortalAccount("not an address", "D", "a long and private phrase".toCharArray(),
                NOW)).isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void theRightCodeWorksOnceWithinTenMinutes() {
        String code = account.newCode(NOW);
        assertThat(code).matches("\\d{6}");
        assertThat(account.confirm(code, NOW.plusSeconds(599))).isTrue();
        assertThat(account.confirm(code, NOW.plusSeconds(600))).as("spent").isFalse();
    }

    @Test
    void anExpiredCodeIsRefused() {
        String code = account.newCode(NOW);
        assertThat(account.confirm(code, NOW.plus(PortalAccount.CODE_LIFETIME).plusSeconds(1))).isFalse();
    }

    @Test
    void fiveWrongTriesSpendTheCodeEvenForTheRightOneAfter() {
        String code = account.newCode(NOW);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < PortalAccount.CODE_TRIES; i++) {
            assertThat(account.confirm(wrong, NOW)).isFalse();
        }
        assertThat(account.confirm(code, NOW)).isFalse();
        String fresh = account.newCode(NOW);
        assertThat(account.confirm(" " + fresh.substring(0, 3) + " " + fresh.substring(3), NOW))
                .as("a new code starts the tries again; spaces typed are ignored").isTrue();
    }
}
