package org.casework.intake.entity;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodeTest {

    @Test
    void carriesAtLeast128RandomBits() {
        String code = TrackingCode.generate().value();
        String symbols = code.replace("-", "");
        // 32 symbols from a 32-letter alphabet: 5 bits each
        assertThat(symbols).hasSize(32).matches("[A-HJ-NP-Z2-9]+");
        assertThat(symbols.length() * 5).isGreaterThanOrEqualTo(128);
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(TrackingCode.generate().value())).isTrue();
        }
    }

    @Test
    void hashIgnoresCaseSpacesAndDashesButNothingElse() {
        TrackingCode code = TrackingCode.generate();
        String typed = code.value().toLowerCase().replace("-", " ");
        assertThat(TrackingCode.hashOf(typed)).isEqualTo(code.hash()).hasSize(64).doesNotContain(code.value());
        assertThat(TrackingCode.hashOf(typed.substring(1))).isNotEqualTo(code.hash());
    }
}
