package org.casework.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.kernel.Outcome;
import org.casework.kernel.TeamCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The few settings several features share. Defaults stand here at the injection point; any of them is overridden by
 * an environment variable (CASEWORK_DATA_DIR, CASEWORK_REGULATOR_NAME, ...) or a -D system property.
 */
@Named
@ApplicationScoped
public class CaseworkConfig {

    public static final String DEFAULT_EMAIL = "fitnesstopractise@msc.example.nz";

    public static final String DEFAULT_APPEAL = "You may appeal against this decision to the District Court within "
            + "28 days of the date of this letter, by filing a notice of appeal at the Court's registry. A lawyer or "
            + "your professional indemnity organisation can help you with this. Please tell us if you appeal.";

    @Inject
    @ConfigProperty(name = "casework.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "casework.regulator.name", defaultValue = "Medical Sciences Council of New Zealand")
    String regulatorName;

    @Inject
    @ConfigProperty(name = "casework.regulator.address",
            defaultValue = "PO Box 11 905, Manners Street, Wellington 6142, New Zealand")
    String regulatorAddress;

    @Inject
    @ConfigProperty(name = "casework.regulator.signatory", defaultValue = "Registrar")
    String signatory;

    /** Where people write to about a case; the letters name it beside the case's contact. */
    @Inject
    @ConfigProperty(name = "casework.regulator.email", defaultValue = DEFAULT_EMAIL)
    String regulatorEmail;

    /** How a practitioner appeals: the regulator's own words, quoted in every decision letter that may be appealed. */
    @Inject
    @ConfigProperty(name = "casework.letters.appeal", defaultValue = DEFAULT_APPEAL)
    String appealRoute;

    /** Where people reach this installation: the links in emails (portal invitations) and the start-up banner. */
    @Inject
    @ConfigProperty(name = "casework.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "casework.reference.prefix", defaultValue = "MSC")
    String referencePrefix;

    @Inject
    @ConfigProperty(name = "casework.demo", defaultValue = "false")
    boolean demo;

    /** The investigation team new complaints go to; a team lead moves a case on from there. */
    @Inject
    @ConfigProperty(name = "casework.intake.team", defaultValue = "investigations")
    String intakeTeam;

    /**
     * The letter sets (NOTICE, DECISION, CORRECTION, HDC, HEARING, HEARING_DATE, INTERIM) issued as drafted, without
     * a second person's approval; none by default: every letter is approved by a second person unless the regulator
     * decides otherwise.
     */
    @Inject
    @ConfigProperty(name = "casework.letters.without-approval")
    Optional<String> lettersWithoutApproval;

    /**
     * Where the Health and Disability Commissioner takes transfers by email; none by default, when the transfer
     * letter is printed and posted with the complainant's material.
     */
    @Inject
    @ConfigProperty(name = "casework.hdc.email")
    Optional<String> hdcEmail;

    /** How many days from the decision's letter an appeal against a hearing's decision may be lodged. */
    @Inject
    @ConfigProperty(name = "casework.appeal.days", defaultValue = "28")
    int appealDays;

    /**
     * The sanctions an appeal holds until it is decided, as the regulator's statute says (under the GMC's rules a
     * suspension does not take effect while it is appealed), comma-separated; none by default, as in New Zealand,
     * where an order stands unless the court stays it (staff then record the stay with the appeal).
     */
    @Inject
    @ConfigProperty(name = "casework.appeal.stays")
    Optional<String> appealStays;

    /** The fewest days between fixing a hearing's sitting (and sending its notice) and the sitting itself. */
    @Inject
    @ConfigProperty(name = "casework.hearing.notice-days", defaultValue = "28")
    int hearingNoticeDays;

    /** The longest an interim order may run (the HPCA Act and the GMC's rules: 18 months unless a court extends it). */
    @Inject
    @ConfigProperty(name = "casework.interim.max-months", defaultValue = "18")
    int interimMaxMonths;

    /** How often an interim order is reviewed while it runs. */
    @Inject
    @ConfigProperty(name = "casework.interim.review-months", defaultValue = "6")
    int interimReviewMonths;

    /** How long after a case closes its decision may be reviewed (the GMC's Rule 12: two years). */
    @Inject
    @ConfigProperty(name = "casework.review.months", defaultValue = "24")
    int reviewMonths;

    /**
     * The outcomes the case examiners may choose (comma-separated keys; all by default): a regulator whose examiners
     * never propose undertakings leaves them out. Those only a hearing imposes refer the case to one.
     */
    @Inject
    @ConfigProperty(name = "casework.outcomes.examiners")
    Optional<String> examinerOutcomes;

    /** The outcomes a hearing panel may decide (all by default). */
    @Inject
    @ConfigProperty(name = "casework.outcomes.hearing")
    Optional<String> hearingOutcomes;

    /** The largest fine a hearing may order (the HPCA Act's $30,000); 0: a hearing orders no fines. */
    @Inject
    @ConfigProperty(name = "casework.hearing.fine-max", defaultValue = "30000")
    BigDecimal fineMax;

    /** Whether a hearing may order the practitioner to pay part of the costs. */
    @Inject
    @ConfigProperty(name = "casework.hearing.costs", defaultValue = "true")
    boolean costsOrders;

    /** How long a hearing's censure is published on the register. */
    @Inject
    @ConfigProperty(name = "casework.register.censure-months", defaultValue = "36")
    int censureMonths;

    /** A PNG or JPEG file for the letterhead; none by default (an empty default would count as missing). */
    @Inject
    @ConfigProperty(name = "casework.regulator.logo")
    Optional<String> logo;

    public Path dataDir() { return Path.of(dataDir).toAbsolutePath(); }
    public String regulatorName() { return regulatorName; }
    public String regulatorAddress() { return regulatorAddress; }
    public String signatory() { return signatory; }
    public String regulatorEmail() { return regulatorEmail; }
    public String appealRoute() { return appealRoute; }
    public int appealDays() { return appealDays; }
    public int hearingNoticeDays() { return hearingNoticeDays; }
    public int interimMaxMonths() { return interimMaxMonths; }
    public int interimReviewMonths() { return interimReviewMonths; }
    public int reviewMonths() { return reviewMonths; }
    public BigDecimal fineMax() { return fineMax; }
    public boolean costsOrders() { return costsOrders; }
    public int censureMonths() { return censureMonths; }

    public List<Outcome> examinerOutcomes() {
        return outcomes(examinerOutcomes);
    }

    public List<Outcome> hearingOutcomes() {
        return outcomes(hearingOutcomes);
    }

    /** In the enum's order, whatever order the setting lists them in; every outcome when the setting is absent. */
    private static List<Outcome> outcomes(Optional<String> setting) {
        Set<String> chosen = setting.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).collect(Collectors.toSet());
        return Arrays.stream(Outcome.values()).filter(o -> chosen.isEmpty() || chosen.contains(o.name())).toList();
    }

    public Set<Outcome> appealStays() {
        return appealStays.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).map(Outcome::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<String> hdcEmail() {
        return hdcEmail.map(String::strip).filter(a -> !a.isEmpty());
    }

    /** The names of the letter sets issued without a second person's approval, upper case; empty by default. */
    public Set<String> lettersWithoutApproval() {
        return lettersWithoutApproval.map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(n -> !n.isEmpty()).map(n -> n.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** The letterhead's logo, read from the configured file; a configured file that cannot be read stops the letter. */
    public byte[] logo() {
        if (logo.isEmpty() || logo.get().isBlank()) {
            return null;
        }
        try {
            return Files.readAllBytes(Path.of(logo.get().strip()));
        } catch (IOException e) {
            throw new IllegalStateException("The letterhead logo casework.regulator.logo=" + logo.get()
                    + " cannot be read", e);
        }
    }
    public String referencePrefix() { return referencePrefix; }
    public String baseUrl() { return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl; }
    public boolean demo() { return demo; }
    public TeamCode intakeTeam() {
        return new TeamCode(intakeTeam);
    }
}
