package org.casework.workspace.boundary.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The header's next action opens the part that holds its form: every anchor {@code WorkOnStep} names with a part
     * is inside that part's block of the page (and in no other), so moving a form to another tab without its next
     * action, or the reverse, fails here rather than leaving the button on a page without the form.
     */
    @Test
    void theNextActionsFormIsOnThePartItNames() throws Exception {
        String page = Files.readString(Path.of("src/main/webapp/staff/case.xhtml"));
        Map<String, String> blocks = new HashMap<>();
        Matcher part = Pattern.compile(
                "<c:if test=\"#\\{workOnCase.caseFile != null and caseSections.is\\('(\\w+)'\\)}\">").matcher(page);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (part.find()) {
            starts.add(part.start());
            names.add(part.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int to = i + 1 < names.size() ? starts.get(i + 1) : page.length();
            blocks.put(names.get(i), page.substring(starts.get(i), to));
        }
        assertThat(blocks.keySet()).containsExactlyInAnyOrderElementsOf(CaseSections.PARTS);

        String source = Files.readString(Path.of("src/main/java/org/casework/workspace/boundary/web/WorkOnStep.java"));
        Matcher made = Pattern.compile("NextAction\\.on(Overview|Orders)\\(\"([\\w-]+)\"").matcher(source);
        int checked = 0;
        while (made.find()) {
            String named = made.group(1).equals("Orders") ? CaseSections.ORDERS : CaseSections.OVERVIEW;
            String anchor = "id=\"" + made.group(2) + "\"";
            for (var block : blocks.entrySet()) {
                assertThat(block.getValue().contains(anchor)).as("%s in the %s part", anchor, block.getKey())
                        .isEqualTo(block.getKey().equals(named));
            }
            checked++;
        }
        assertThat(checked).as("next actions found in WorkOnStep").isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyPartHasItsWordsInTheBundle() {
        ResourceBundle words = ResourceBundle.getBundle("org.casework.intake.portal", Locale.ENGLISH);
        for (String part : CaseSections.PARTS) {
            assertThat(words.containsKey("case.tab." + part)).as(part).isTrue();
        }
    }
}
