package org.casework.demo.control;

import java.util.List;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.ComplaintSubmission.Complainant;
import org.casework.intake.entity.ComplaintSubmission.Practitioner;

/**
 * The complaints of the source documents' case studies, as a complainant would submit them. Names beyond the
 * documents' first names, registration numbers and links are invented for the demo.
 */
public final class DemoComplaints {

    public static final String DAVID_REGISTRATION = "MSC-40213";

    private DemoComplaints() {
    }

    /** MSC policy case study: David posts photos of patients on a public, geo-tagged Facebook account. */
    public static ComplaintSubmission david() {
        // names and dates of birth are visible in the posts, and Tom is the person shown
        return new ComplaintSubmission(
                new Complainant("Tom Reweti", "tom.reweti@example.org", null, "COLLEAGUE"),
                new Practitioner("David Marsh", DAVID_REGISTRATION, "Wellington Community Laboratory",
                        "Medical laboratory scientist"),
                "FACEBOOK",
                List.of("https://www.facebook.com/david.marsh.demo/posts/1001"),
                "2026-03-14", null,
                "David, a lab scientist I work with, posts photos from work on his public Facebook account. One "
                        + "post shows my injury during a test; my face is hidden but a mutual friend recognised it "
                        + "and tagged me, so colleagues have now seen it. Other posts show patients' names and dates "
                        + "of birth in the background, and the posts are geo-tagged at our laboratory.",
                "YES", true, true, true);
    }

    /** Teaching-session scenario: Sarah's Instagram photo shows a trust logo and a patient's details on screen. */
    public static ComplaintSubmission sarah() {
        return ComplaintSubmission.of(
                new Complainant("Hana Whitfield", "hana.whitfield@example.org", "+64 21 555 0100", "PATIENT"),
                new Practitioner("Sarah Collins", null, "Hutt Valley Hospital laboratory", "Trainee scientist"),
                "INSTAGRAM",
                List.of("https://www.instagram.com/p/demo-sarah-wfh/"),
                "2026-05-02",
                "My cousin follows a trainee on Instagram who posted a photo of herself working from home. My name "
                        + "and test details can be read on her computer screen, next to the hospital's logo.");
    }

    /** Teaching-session scenario: Connor complains about his colleague Millie on X. */
    public static ComplaintSubmission connor() {
        return ComplaintSubmission.of(
                new Complainant("Millie Carter", "millie.carter@example.org", null, "COLLEAGUE"),
                new Practitioner("Connor Blake", null, "Christchurch Hospital", "Anaesthetic technician"),
                "X_TWITTER",
                List.of("https://x.com/connor_demo/status/1234567890"),
                "2026-06-20",
                "After a hard week Connor posted about me on X in a demeaning way. When I asked him to take it "
                        + "down he refused, saying it is his personal account.");
    }
}
