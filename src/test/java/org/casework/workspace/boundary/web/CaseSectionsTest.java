package org.casework.workspace.boundary.web;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The case page's parts: known ones by name, anything else the overview, whose address is the case's own. */
class CaseSectionsTest {

    @Test
    void aPartIsShownByItsNameAndAnythingElseIsTheOverview() {
        assertThat(CaseSections.of("notes")).isEqualTo("notes");
        assertThat(CaseSections.of(null)).isEqualTo("overview");
        assertThat(CaseSections.of("")).isEqualTo("overview");
        assertThat(CaseSections.of("<script>")).isEqualTo("overview");
        assertThat(CaseSections.of("NOTES")).as("names are exact").isEqualTo("overview");
    }

    @Test
    void theOverviewsAddressIsTheCasesOwnAndTheOthersNameTheirPart() {
        CaseSections sections = new CaseSections();
        assertThat(sections.query("overview")).isEmpty();
        assertThat(sections.query("bogus")).isEmpty();
        assertThat(sections.query("orders")).isEqualTo("&tab=orders");
        assertThat(CaseSections.PARTS).startsWith("overview").doesNotHaveDuplicates();
    }

    @Test
    void theNextActionsFormIsOnThePartThatHoldsIt() {
        assertThat(new WorkOnStep.NextAction("sec-hearing", "Fix the hearing").part()).isEqualTo("orders");
        assertThat(new WorkOnStep.NextAction("sec-appeal", "Record the appeal's result").part()).isEqualTo("orders");
        assertThat(new WorkOnStep.NextAction("sec-interim", "Review the interim order").part()).isEqualTo("orders");
        assertThat(new WorkOnStep.NextAction("decision", "Record the decision").part()).isEqualTo("overview");
        assertThat(new WorkOnStep.NextAction("sec-compliance", "Check compliance").part()).isEqualTo("overview");
    }

    @Test
    void everyPartHasItsWordsInTheBundle() {
        ResourceBundle words = ResourceBundle.getBundle("org.casework.intake.portal", Locale.ENGLISH);
        for (String part : CaseSections.PARTS) {
            assertThat(words.containsKey("case.tab." + part)).as(part).isTrue();
        }
    }
}
