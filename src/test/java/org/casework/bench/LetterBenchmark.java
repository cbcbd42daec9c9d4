package org.casework.bench;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casework.cases.entity.CaseFixtures;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.kernel.Outcome;
import org.casework.letters.control.DefaultTemplates;
import org.casework.letters.control.LetterComposer;
import org.casework.letters.control.LetterContent;
import org.casework.letters.control.LetterRenderer;
import org.casework.letters.entity.Recipient;
import org.casework.letters.entity.TemplateKey;
import org.casework.policy.entity.PolicyFixtures;

/**
 * Letter generation in one JVM (not a test: it prints numbers): a two-page PDF/A decision letter (embedded fonts,
 * XMP, output intent) against a one-line PDFBox document, each timed per document (p50, p95, bytes allocated) and
 * as a batch of 1,000. Run: {@code ./mvnw -Pbench-letters verify}.
 */
public final class LetterBenchmark {

    public static void main(String[] args) throws Exception {
        int batch = Integer.getInteger("bench.letters", 1000);
        LetterRenderer renderer = new LetterRenderer();
        LetterContent letter = new LetterComposer("Medical Sciences Council of New Zealand",
                "PO Box 11 905, Wellington 6142", "Registrar", ZoneId.of("Pacific/Auckland")).compose(
                DefaultTemplates.of(TemplateKey.of(Outcome.WARNING, Recipient.PRACTITIONER)), decided(),
                LocalDate.of(2026, 11, 23));
        byte[] sample = renderer.render(letter);
        try (PDDocument document = Loader.loadPDF(sample)) {
            System.out.printf("[bench] decision letter: %d pages, %d bytes%n", document.getNumberOfPages(),
                    sample.length);
        }
        run("one-line PDFBox document", LetterBenchmark::oneLine, batch);
        run("two-page decision letter", () -> renderer.render(letter), batch);
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("[bench] heap after the runs and a GC: %d MB used of %d MB committed (target: p95 < 100 ms, "
                + "1,000 letters < 60 s)%n", heap.getUsed() >> 20, heap.getCommitted() >> 20);
    }

    static void run(String what, Supplier<byte[]> render, int batch) {
        for (int i = 0; i < 200; i++) { // warm-up: the JIT, font parsing caches
            render.get();
        }
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] nanos = new long[batch];
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            long t0 = System.nanoTime();
            render.get();
            nanos[i] = System.nanoTime() - t0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / batch;
        Arrays.sort(nanos);
        System.out.printf("[bench] %-26s p50 %.1f ms, p95 %.1f ms, %d KB allocated each; %d in %.1f s%n", what,
                nanos[batch / 2] / 1e6, nanos[(int) (batch * 0.95)] / 1e6, allocated >> 10, batch, seconds);
    }

    /** A decision long enough for two pages: the reasons of a real warning run to several paragraphs. */
    static Complaint decided() {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", Instant.now());
        String reasons = String.join("\n", Collections.nCopies(6, "Photos of patients were posted on a "
                + "public, geo-tagged account; several show names and dates of birth in the background, and one shows "
                + "a colleague's injury, recognised by that colleague. The practitioner did not intend harm and has "
                + "since removed the posts, but the breach of confidentiality was repeated over several months."));
        david.decide(new Decision(Outcome.WARNING, reasons, List.of(PolicyFixtures.clause8(),
                PolicyFixtures.clause12()), CaseFixtures.DAVID_CONDUCT, "examiner", Instant.now()));
        return david;
    }

    static byte[] oneLine() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Medical Sciences Council of New Zealand");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
