package org.casework.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseReferenceTest {

    @Test
    void formatsPrefixYearAndSixDigitSerial() {
        assertThat(CaseReference.of("MSC", 2026, 1).value()).isEqualTo("MSC-2026-000001");
        assertThat(CaseReference.of("GMC", 2027, 1234567).value()).isEqualTo("GMC-2027-1234567");
    }

    @Test
    void refusesWhatIsNotAReference() {
        assertThat(CaseReference.isWellFormed("MSC-2026-000001")).isTrue();
        assertThat(CaseReference.isWellFormed("MSC-2026-1")).isFalse();
        assertThat(CaseReference.isWellFormed("../etc/passwd")).isFalse();
        assertThatThrownBy(() -> new CaseReference("msc-2026-000001")).isInstanceOf(IllegalArgumentException.class);
    }
}
