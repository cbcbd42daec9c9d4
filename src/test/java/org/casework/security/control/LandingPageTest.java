package org.casework.security.control;

import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LandingPageTest {

    @Test
    void goesBackWhereTheUserWasGoingInsideThisApplication() {
        assertThat(LandingPage.of("/staff/case.xhtml?ref=MSC-2026-000001", Set.of("INVESTIGATOR")))
                .isEqualTo("/staff/case.xhtml?ref=MSC-2026-000001");
    }

    @Test
    void neverToAnotherSiteHoweverTheAddressIsDisguised() {
        for (String next : new String[] {"//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example",
                "https://evil.example", "evil.example", "/ /evil.example"}) {
            assertThat(LandingPage.of(next, Set.of("REGISTRAR"))).as(next).isEqualTo("/staff/statistics.xhtml");
        }
    }

    @Test
    void otherwiseTheFirstPageOfTheirRole() {
        assertThat(LandingPage.of(null, Set.of("CASE_EXAMINER"))).isEqualTo("/staff/today.xhtml");
        assertThat(LandingPage.of(null, Set.of("ADMIN"))).isEqualTo("/staff/admin/policies.xhtml");
        assertThat(LandingPage.of("", Set.of("REGISTRAR"))).isEqualTo("/staff/statistics.xhtml");
    }
}
