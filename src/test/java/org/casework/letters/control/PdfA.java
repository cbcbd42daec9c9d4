package org.casework.letters.control;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's validation, for tests: the rules a document breaks, empty when it conforms: PDF/A-2b (archival), PDF/A-2a
 * (archival and tagged) and PDF/UA-1 (accessible: structure, reading order, language, alternative texts).
 */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    public static List<String> violations2b(byte[] pdf) throws Exception {
        return violations(pdf, PDFAFlavour.PDFA_2_B);
    }

    /** PDF/A-2a's and PDF/UA-1's broken rules together, each prefixed by the standard it belongs to. */
    public static List<String> violationsAccessible(byte[] pdf) throws Exception {
        List<String> all = new ArrayList<>();
        violations(pdf, PDFAFlavour.PDFA_2_A).forEach(v -> all.add("PDF/A-2a " + v));
        violations(pdf, PDFAFlavour.PDFUA_1).forEach(v -> all.add("PDF/UA-1 " + v));
        return all;
    }

    private static List<String> violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
