package org.casework.security.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashTest {

    @Test
    void usesPbkdf2Sha256WithAtLeast600000Iterations() {
        String stored = PasswordHash.hash("investigator-demo".toCharArray());
        assertThat(stored).startsWith("PBKDF2WithHmacSHA256:");
        assertThat(PasswordHash.iterationsOf(stored)).isGreaterThanOrEqualTo(600_000);
        assertThat(PasswordHash.verify("investigator-demo".toCharArray(), stored)).isTrue();
        assertThat(PasswordHash.verify("investigator-demo ".toCharArray(), stored)).isFalse();
    }

    @Test
    void saltsEveryHashAndRejectsForeignFormats() {
        String a = PasswordHash.hash("same".toCharArray(), 1_000);
        String b = PasswordHash.hash("same".toCharArray(), 1_000);
        assertThat(a).isNotEqualTo(b);
        assertThat(PasswordHash.verify("same".toCharArray(), a)).isTrue();
        assertThat(PasswordHash.verify("same".toCharArray(), "plain:same")).isFalse();
        assertThat(PasswordHash.verify("same".toCharArray(), null)).isFalse();
    }
}
