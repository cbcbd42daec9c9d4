package org.casework.statistics.control;

import org.casework.kernel.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyCsvTest {

    static final String HEADER = "reference,registration_number,platform,allegation_categories,date_received,"
            + "date_closed,outcome\r\n";

    @Test
    void readsGoodRowsWhateverTheColumnOrderQuotingAndSpelling() {
        String csv = "outcome,date_closed,date_received,allegation_categories,platform,registration_number,reference\n"
                + "Referred to employer,2016-03-01,2016-01-01,\"Boundaries; employer policy\",twitter,R1,\"A,1\"\n"
                + "undertaking,2016-03-01,2016-03-01,,X / Twitter,R2,A2\n\n";
        LegacyCsv.Result result = LegacyCsv.read(csv);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(0).closedCase().reference()).isEqualTo("A,1");
        assertThat(result.rows().get(0).closedCase().outcome()).isEqualTo(Outcome.EMPLOYER_REFERRAL);
        assertThat(result.rows().get(0).closedCase().daysToClose()).isEqualTo(60);
        assertThat(result.rows().get(1).closedCase().outcome()).isEqualTo(Outcome.UNDERTAKINGS);
        assertThat(result.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void everyProblemOfEveryRowIsReported() {
        String csv = HEADER
                + "A1,R1,Facebook,,2016-01-01,2016-03-01,Reprimand\r\n"
                + "A2,R2,Myspace,Gossip,2016-01-01,01/03/2016,Advice\r\n"
                + "A3,R3,Facebook,,2016-05-01,2016-03-01,Advice\r\n"
                + "A4,R4,Facebook,,2016-01-01,2016-03-01,Advice\r\n"
                + "a4,R5,Facebook,,2016-01-01,2016-03-01,Advice\r\n"
                + ",R6,,,2016-01-01,2016-03-01,\r\n";
        LegacyCsv.Result result = LegacyCsv.read(csv);
        assertThat(result.errors()).extracting(e -> e.line() + " " + e.field()).containsExactly(
                "2 outcome", "3 platform", "3 date_closed", "3 allegation_categories", "4 date_closed",
                "6 reference", "7 reference", "7 platform", "7 outcome");
        assertThat(result.errors().get(5).reason()).isEqualTo("duplicates line 5 (a4)");
        assertThat(result.rows()).extracting(r -> r.closedCase().reference()).containsExactly("A4");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWhole() {
        assertThat(LegacyCsv.read("ref,outcome\nA1,Advice\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("registration_number", "date_closed"));
        assertThat(LegacyCsv.read("").errors()).hasSize(1);
    }
}
