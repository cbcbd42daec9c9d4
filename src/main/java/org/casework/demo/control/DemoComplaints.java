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
    public static final String MERE_REGISTRATION = "MSC-42118";

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

    /**
     * The policy's good-practice case study (Katherine networks with colleagues on LinkedIn), complained about by
     * someone who saw it as self-promotion: the demo closes it at triage, as the policy's own example of no breach.
     */
    public static ComplaintSubmission katherine() {
        return ComplaintSubmission.of(
                new Complainant("Peter Grant", "peter.grant@example.org", null, "MEMBER_OF_PUBLIC"),
                new Practitioner("Katherine Ngata", "MSC-38877", "Waikato Hospital", "Medical laboratory scientist"),
                "LINKEDIN",
                List.of("https://www.linkedin.com/posts/katherine-ngata-demo_lab-week"),
                "2026-02-10",
                "A scientist at Waikato Hospital posts on LinkedIn about her laboratory's work and connects with "
                        + "colleagues overseas. I think it is advertising and should not be allowed.");
    }

    /** A shared patient result in a group chat (GMC statistics name WhatsApp): the demo waits on the answer. */
    public static ComplaintSubmission mere() {
        return ComplaintSubmission.of(
                new Complainant("Aroha Ruri", "aroha.ruri@example.org", null, "PATIENT"),
                new Practitioner("Mere Paki", MERE_REGISTRATION, "Rotorua Hospital laboratory", "Medical laboratory scientist"),
                "WHATSAPP",
                List.of("https://chat.whatsapp.com/demo-lab-social"),
                "2026-07-08",
                "A screenshot of my blood test result, with my name on it, was posted in a WhatsApp group of lab "
                        + "staff and their friends, with a joke about it. A friend of mine is in the group.");
    }

    /** Demeaning posts about patients on X: the demo has it with the case examiners. */
    public static ComplaintSubmission tane() {
        return ComplaintSubmission.of(
                new Complainant("Lisa Brown", "lisa.brown@example.org", null, "MEMBER_OF_PUBLIC"),
                new Practitioner("Tane Walker", null, "Palmerston North Hospital", "Anaesthetic technician"),
                "X_TWITTER",
                List.of("https://x.com/tane_demo/status/9876543210"),
                "2026-06-02",
                "An anaesthetic technician posts on X about 'difficult' patients on his shift, describing their "
                        + "bodies and making fun of them. He names the hospital in his profile.");
    }

    /** A TikTok video filmed in the laboratory with sample labels legible: the demo has its letters to approve. */
    public static ComplaintSubmission ana() {
        return ComplaintSubmission.of(
                new Complainant("Sam Ito", "sam.ito@example.org", null, "COLLEAGUE"),
                new Practitioner("Ana Silva", null, "Auckland City Hospital laboratory", "Medical laboratory technician"),
                "TIKTOK",
                List.of("https://www.tiktok.com/@ana_demo/video/1122334455"),
                "2026-08-19",
                "A colleague filmed a dance video in our laboratory and posted it on TikTok. Sample tubes with "
                        + "patients' names and barcodes can be read on the bench behind her.");
    }

    /**
     * Holiday photos with a patient's story on Instagram, from a technician on the register: the demo ends it with a
     * warning she accepts, so the public register has something to show.
     */
    public static ComplaintSubmission sue() {
        return ComplaintSubmission.of(
                new Complainant("Rawiri Hohaia", "rawiri.hohaia@example.org", null, "PATIENT_FAMILY"),
                new Practitioner("Sue Tanaka", "MSC-41502", "Dunedin Hospital", "Anaesthetic technician"),
                "INSTAGRAM",
                List.of("https://www.instagram.com/p/sue_demo_theatre"),
                "2026-05-14",
                "An anaesthetic technician at Dunedin Hospital posted on Instagram about a 'memorable' patient in "
                        + "theatre that week. From the details my family knew it was my father.");
    }

    /** A complaint about care as well as a post: the demo forwards it to the Health and Disability Commissioner. */
    public static ComplaintSubmission grace() {
        return ComplaintSubmission.of(
                new Complainant("Grace Liu", "grace.liu@example.org", null, "PATIENT"),
                new Practitioner("Ben Harris", null, "Hamilton collection centre", "Phlebotomist"),
                "FACEBOOK",
                List.of("https://www.facebook.com/ben.harris.demo/posts/2002"),
                "2026-09-01",
                "The phlebotomist hurt me taking blood and would not stop when I asked. That evening he posted on "
                        + "Facebook about a 'drama queen' patient, describing me.");
    }
}
