package org.casework.statistics.control;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.letters.control.PdfA;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsExportsTest {

    static final OutcomeReport REPORT = new OutcomeReport(SummarySentenceTest.GMC, 28, 28,
            SummarySentenceTest.GMC_TABLE,
            List.of(Tally.of("FACEBOOK", "Facebook", 25, 28), Tally.of("TIKTOK", "TikTok", 3, 28)), List.of(),
            List.of(Tally.of("HEARING_PANEL", "Hearing panel", 2, 28), Tally.of("NOT_RECORDED", "Not recorded", 26,
                    28)),
            List.of(Tally.of("QUASHED", "Decision quashed on appeal", 1, 28), Tally.of("NONE", "No appeal decided",
                    27, 28)),
            List.of(Tally.of("SET_ASIDE", "Decision set aside on review", 1, 28)),
            List.of(TimeToClose.of("WARNING", "Warning", new TreeMap<>(Map.of(30, 2L, 90, 1L)))),
            List.of(Tally.of("2015-Q1", "2015-Q1", 28, 28)), List.of(), "unused");

    @Test
    void withoutSuppressionEveryNumberIsThere() {
        assertThat(StatisticsExports.csv(REPORT, 0)).contains("outcome,ADVICE,Advice,4,14.3,,\r\n",
                "platform,TIKTOK,TikTok,3,10.7,,\r\n", "decider,HEARING_PANEL,Hearing panel,2,7.1,,\r\n",
                "appeal,QUASHED,Decision quashed on appeal,1,3.6,,\r\n",
                "review,SET_ASIDE,Decision set aside on review,1,3.6,,\r\n", "time_to_close,WARNING,Warning,3,,30,90\r\n",
                "total,TOTAL,Cases closed,28,,,\r\n", "total,IMPORTED,Imported from the earlier system,28,,,\r\n");
    }

    @Test
    void suppressionHidesEveryCellUnderTheThresholdAndWhatCouldRevealItInCsvAndPdf() throws IOException {
        String csv = StatisticsExports.csv(REPORT, 5);
        csv.lines().skip(1).forEach(line -> assertThat(line.split(",", -1)[3]).matches("<5|\\d{2,}|[5-9]"));
        assertThat(csv).contains("outcome,ADVICE,Advice,<5,,,", "platform,TIKTOK,TikTok,<5,,,",
                "time_to_close,WARNING,Warning,<5,,,", "platform,FACEBOOK,Facebook,25,89.3,,");
        String pdf = text(StatisticsExports.pdf(REPORT, 5, "Medical Sciences Council", "Wellington", "Registrar",
                LocalDate.of(2026, 11, 23)));
        assertThat(pdf).contains("Advice: <5", "TikTok: <5", "Facebook: 25 (89.3%)", "fewer than 5 warnings")
                .doesNotContain("Advice: 4", "(14.3%)", "TikTok: 3", "median 30");
    }

    @Test
    void theReportIsATaggedPdfAScreenReaderCanRead() throws Exception {
        byte[] pdf = StatisticsExports.pdf(REPORT, 5, "Medical Sciences Council", "Wellington", "Registrar",
                LocalDate.of(2026, 11, 23));
        assertThat(PdfA.violationsAccessible(pdf)).isEmpty();
        assertThat(PdfA.violations2b(pdf)).isEmpty();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
