package org.casework.cases.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.CaseReference;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.Reason;
import org.casework.kernel.Require;
import org.casework.kernel.TeamCode;
import org.casework.kernel.WrongStageException;
import org.casework.register.entity.Practitioner;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A case: one complaint about one practitioner's conduct on social media, from receipt to closure. It keeps its own
 * lifecycle: only a received case can be triaged, only an accepted one decided, only a decided one closed; and the
 * person who triaged a case cannot also decide it.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 30)
    private CaseReference reference;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "tracking_hash", nullable = false, length = 64)
    private String trackingHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complainant_id", nullable = false)
    private Complainant complainant;

    @Embedded
    private NamedPractitioner practitioner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registrant_id")
    private Practitioner registrant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Platform platform;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "complaint_id", nullable = false)
    @OrderColumn(name = "position")
    private List<PostLink> postLinks = new ArrayList<>();

    @Column(name = "conduct_date", nullable = false)
    private LocalDate conductDate;

    @Column(nullable = false, length = Require.LONG_COLUMN)
    private String description;

    @Embedded
    private CaseRouting routing = new CaseRouting();

    /** Null until the case is triaged. */
    @Embedded
    private TriageRecord triage;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Embedded
    private ComplainantAccount account = new ComplainantAccount();

    @Column(name = "geo_tagged_evidence", nullable = false)
    private boolean geoTaggedEvidence;

    @Embedded
    private HdcPause hdcPause = new HdcPause();

    @Embedded
    private ResponseClock responseClock = new ResponseClock();

    @Column(name = "investigated_by", length = 100)
    private String investigatedBy;

    @Column(name = "referred_at")
    private Instant referredAt;

    /** When a hearing decided the case, the case examiners' decision that sent it there. */
    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "examiners_decision_id")
    private Decision examinersDecision;

    @Embedded
    private SanctionTerms terms = new SanctionTerms();

    @Embedded
    private SanctionFacts facts;

    @Embedded
    private AllegationStatement alleged = new AllegationStatement();

    /** The earliest conduct a complaint can be about: a date before it is a mistake (0001-01-01), not a post. */
    public static final LocalDate EARLIEST_CONDUCT = LocalDate.of(1990, 1, 1);

    /** Conduct older than this needs a recorded public-interest reason to be investigated. */
    public static final int STALE_AFTER_YEARS = 5;


    protected Complaint() {
    }

    public Complaint(CaseReference reference, String trackingHash, Complainant complainant,
                     NamedPractitioner practitioner, Platform platform, List<String> postLinks,
                     LocalDate conductDate, String description, Instant receivedAt) {
        this.reference = Require.present(reference, "reference");
        this.trackingHash = Require.present(trackingHash, "trackingCode");
        this.complainant = Require.present(complainant, "complainant");
        this.practitioner = Require.present(practitioner, "practitioner");
        this.platform = Require.present(platform, "platform");
        this.receivedAt = Require.present(receivedAt, "receivedAt");
        FieldErrors errors = new FieldErrors();
        this.conductDate = errors.check(() -> notInTheFuture(Require.present(conductDate, "conductDate"),
                "conductDate"));
        this.description = errors.check(() -> Require.multiline(description, "description", 20_000));
        errors.run(() -> this.postLinks.addAll(PostLinks.parse(postLinks)));
        errors.throwIfAny();
        this.status = CaseStatus.RECEIVED;
    }

    /** What the complainant says about the people shown, and over which days the conduct went on. */
    public void describeConduct(PatientIdentifiable identifiable, Boolean complainantIsShown, LocalDate until) {
        if (until != null && until.isBefore(conductDate)) {
            throw new InvalidFieldException("conductDateTo", Reason.BEFORE_START,
                    "cannot be before the first date of the conduct");
        }
        account().describe(identifiable, complainantIsShown, until == null ? null
                : notInTheFuture(until, "conductDateTo"));
    }

    /** Not after the day the complaint arrived, wherever on Earth that day was (UTC+14 is the latest). */
    private LocalDate notInTheFuture(LocalDate date, String field) {
        if (date.isBefore(EARLIEST_CONDUCT)) {
            throw new InvalidFieldException(field, Reason.TOO_EARLY, "cannot be before 1990: there was no social "
                    + "media to post on");
        }
        if (date.isAfter(LocalDate.ofInstant(receivedAt, ZoneOffset.ofHours(14)))) {
            throw new InvalidFieldException(field, Reason.IN_THE_FUTURE, "cannot be in the future");
        }
        return date;
    }

    public void recordConsent(boolean toShareWithPractitioner, boolean toBeContacted) {
        account().consent(toShareWithPractitioner, toBeContacted);
    }

    /** Evidence with GPS coordinates arrived: staff must see that the posts give away a place. */
    public void flagGeoTaggedEvidence() {
        this.geoTaggedEvidence = true;
    }

    public void suggestRegistrant(Practitioner match) {
        this.registrant = match;
    }

    /**
     * This complaint, not yet triaged, is a duplicate of the matter {@code target} deals with: it closes here, its post
     * links join the target's and its geo-tag flag goes with its evidence (which the caller moves).
     */
    public void mergeInto(Complaint target, Instant at) {
        if (target == this || target.reference.equals(reference)) {
            throw new InvalidFieldException("related", "cannot merge a complaint into itself");
        }
        requireStatus(CaseStatus.RECEIVED, "merged into another case");
        if (!target.isOpen()) {
            throw new WrongStageException("Case " + target.reference + " is closed; a complaint cannot join it");
        }
        PostLinks.addMissing(target.postLinks, postLinks);
        if (geoTaggedEvidence) {
            target.flagGeoTaggedEvidence();
        }
        routing().mergedInto(target.reference);
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
    }

    /** The investigation team that works the case; investigators of other teams do not see it. */
    public void assignTo(TeamCode team) {
        routing().assignTo(team);
    }

    public void attachProcess(String processInstanceId) {
        routing().attachProcess(processInstanceId);
    }

    public void accept(String investigator, String note, Instant at) {
        accept(investigator, note, null, at);
    }

    /** Conduct more than five years old is only investigated with a recorded public-interest reason. */
    public void accept(String investigator, String note, String publicInterest, Instant at) {
        requireStatus(CaseStatus.RECEIVED, "accepted for investigation");
        String reason = Require.optionalMultiline(publicInterest, "publicInterestReason", 20_000);
        if (reason == null && conductDate.isBefore(LocalDate.ofInstant(at, ZoneOffset.UTC)
                .minusYears(STALE_AFTER_YEARS))) {
            throw new InvalidFieldException("publicInterestReason", "is required: the conduct (" + conductDate
                    + ") is more than " + STALE_AFTER_YEARS + " years old");
        }
        this.triage = triaged(investigator, note, reason, at);
        this.status = CaseStatus.UNDER_INVESTIGATION;
    }

    /**
     * The triage as recorded now. A case back from the Health and Disability Commissioner keeps the note written when
     * it was forwarded, ahead of the new one, so that nothing said at the first triage is lost.
     */
    private TriageRecord triaged(String investigator, String note, String publicInterest, Instant at) {
        String earlier = triage == null ? null : triage.note();
        String kept = earlier == null ? note : note == null || note.isBlank() ? earlier : earlier + "\n\n" + note;
        return new TriageRecord(investigator, kept, publicInterest, at);
    }

    /** Local resolution: the employer deals with it; letters go out, then the case closes. */
    public void referToEmployer(String investigator, String reason, Instant at) {
        requireStatus(CaseStatus.RECEIVED, "referred to the employer");
        this.triage = triaged(investigator, Require.multiline(reason, "note", 20_000), null, at);
        this.decision = Decision.localResolution(reason, investigator, at);
        this.status = CaseStatus.DECIDED;
    }

    /** Outside the regulator's remit: closed here, with the body it was referred to in the reason. */
    public void referToAnotherBody(String investigator, String body, String note, Instant at) {
        referToAnotherBody(investigator, body, null, note, at);
    }

    /** Not ours: referred to the body it concerns, by email where its address is given (else by post). */
    public void referToAnotherBody(String investigator, String body, String email, String note, Instant at) {
        FieldErrors errors = new FieldErrors();
        String to = errors.check(() -> Require.text(body, "referredTo", 200));
        errors.check(() -> email == null || email.isBlank() ? null : Require.email(email, "referredToEmail"));
        errors.throwIfAny();
        close(investigator, "Referred to " + to + (note == null || note.isBlank() ? "" : ". " + note), to, email,
                at);
    }

    /** HPCA Act s64: a health consumer was affected, so the HDC decides first; the case's clock stops meanwhile. */
    public void forwardToHdc(String investigator, String note, Instant at) {
        requireStatus(CaseStatus.RECEIVED, "forwarded to the Health and Disability Commissioner");
        this.triage = triaged(investigator, note, null, at);
        hdcPause().pause(at);
        this.status = CaseStatus.AT_HDC;
    }

    public void recordHdcDecision(Instant at) {
        requireStatus(CaseStatus.AT_HDC, "given the HDC's decision");
        hdcPause().resume(at);
        this.status = CaseStatus.RECEIVED;
    }

    public void notifyPractitioner(Instant at, ZoneId zone) {
        requireStatus(CaseStatus.UNDER_INVESTIGATION, "notified to the practitioner");
        responseClock().start(at, zone);
    }

    public void recordResponse(Instant at) {
        requireStatus(CaseStatus.UNDER_INVESTIGATION, "given the practitioner's response");
        responseClock().stop(at, reference);
    }

    /** The investigator refers the case to the case examiners; they then may not decide it themselves. */
    public void referToExaminers(String investigator, SanctionFacts found, Instant at) {
        requireStatus(CaseStatus.UNDER_INVESTIGATION, "referred to the case examiners");
        this.investigatedBy = Require.text(investigator, "investigator", 100);
        this.facts = Require.present(found, "harm");
        this.referredAt = at;
    }

    /** Triage finds no question of fitness to practise: the case closes with no further action. */
    public void closeAtTriage(String investigator, String reason, Instant at) {
        close(investigator, reason, null, null, at);
    }

    private void close(String investigator, String reason, String referredTo, String referredToEmail, Instant at) {
        requireStatus(CaseStatus.RECEIVED, "closed at triage");
        this.triage = triaged(investigator, Require.multiline(reason, "note", 20_000), null, at);
        this.decision = Decision.closedAtTriage(reason, referredTo, referredToEmail, investigator, at);
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
    }

    public void decide(Decision decision) {
        requireStatus(CaseStatus.UNDER_INVESTIGATION, "decided");
        if (decision.decidedBy().equals(triagedBy()) || decision.decidedBy().equals(investigatedBy)) {
            // four eyes: an authorisation rule, so 403, whatever roles the person holds
            throw new AccessDeniedException(decision.decidedBy() + " triaged or investigated case " + reference
                    + "; a case examiner who did neither must decide");
        }
        this.decision = decision;
        this.status = decision.outcome().onlyByHearing() ? CaseStatus.AT_HEARING : CaseStatus.DECIDED;
    }

    /** The practitioner did not accept a warning or undertakings: a hearing panel decides instead. */
    public void referToHearing() {
        requireStatus(CaseStatus.DECIDED, "referred to a hearing");
        this.status = CaseStatus.AT_HEARING;
    }

    /**
     * The panel's decision replaces the case examiners' (kept beside it). Conditions and suspension run until
     * {@code orderEndsOn}; a suspension for at most twelve months.
     */
    public void recordHearingDecision(Decision hearing, LocalDate orderEndsOn) {
        if (status != CaseStatus.AT_HEARING && status != CaseStatus.DECIDED) {
            throw new WrongStageException("Case " + reference + " is " + status + " and has no hearing");
        }
        if (hearing.decider() != Decider.HEARING_PANEL) {
            throw new IllegalArgumentException("A hearing records a hearing panel's decision, not " + hearing.decider());
        }
        if (hearing.outcome().isTimedOrder()) {
            terms().impose(hearing.outcome(), LocalDate.ofInstant(hearing.decidedAt(), ZoneOffset.UTC), orderEndsOn);
        }
        this.examinersDecision = this.decision;
        this.decision = hearing;
        this.status = CaseStatus.DECIDED;
    }

    /** A warning stands once accepted, and is published on the register for two years. */
    public void acceptWarning(Instant at, ZoneId zone) {
        requireStatus(CaseStatus.DECIDED, "given an accepted warning");
        if (decision.outcome() != Outcome.WARNING) {
            throw new WrongStageException("Case " + reference + " has no warning to accept");
        }
        terms().publishWarningFrom(LocalDate.ofInstant(at, zone));
    }

    /** For a warning imposed by a hearing: published from that date. */
    public void publishWarningFrom(LocalDate from) {
        terms().publishWarningFrom(from);
    }

    /** The sanction was varied or held on appeal: it now ends on {@code endsOn}. */
    public void sanctionEndsOn(Outcome kind, LocalDate endsOn) {
        terms().vary(kind, endsOn);
    }

    public void close(Instant at) {
        requireStatus(CaseStatus.DECIDED, "closed");
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
    }

    /** What the complaint alleges, as the investigator reads it; open cases only, since the statistics keep it. */
    public void allege(Set<AllegationCategory> categories) {
        Map<AllegationCategory, List<String>> none = new EnumMap<>(AllegationCategory.class);
        categories.forEach(c -> none.put(c, List.of()));
        allege(none);
    }

    /**
     * What the complaint alleges and, for each category, the policy clauses it concerns (checked against the
     * library by the caller). Open cases only; once decided, the decision's citations are the record.
     */
    public void allege(Map<AllegationCategory, List<String>> clausesByCategory) {
        if (status == CaseStatus.CLOSED) {
            throw new WrongStageException("Case " + reference + " is closed; its allegations are part of the record");
        }
        if (decision != null) {
            throw new WrongStageException("Case " + reference + " is decided; the decision cites its clauses");
        }
        alleged().allege(clausesByCategory);
    }

    /**
     * The allegations as the regulator states them to the practitioner and the employer, who are otherwise told only
     * the categories alleged (or, where the complainant agreed to share it, the complaint in their own words).
     * Reworded until the decision; a blank summary removes it.
     */
    public void summariseAllegations(String summary, String by) {
        if (decision != null || status == CaseStatus.CLOSED) {
            throw new WrongStageException("Case " + reference + " is decided; its letters state the allegations as "
                    + "they were summarised");
        }
        alleged().summarise(summary, by);
    }

    public String allegationSummary() { return alleged().summary(); }
    public String summarisedBy() { return alleged().summarisedBy(); }

    /** Each alleged category with the clause ids linked to it, categories and clauses in order. */
    public SortedMap<AllegationCategory, List<String>> allegedClauses() {
        return alleged().byCategory();
    }

    public Set<AllegationCategory> allegations() {
        return alleged().categories();
    }

    /** An embedded part whose columns are all null comes back from the database as null. */
    private AllegationStatement alleged() {
        return alleged != null ? alleged : (alleged = new AllegationStatement());
    }

    public boolean trackingCodeMatches(String hash) {
        return MessageDigest.isEqual(trackingHash.getBytes(), hash.getBytes());
    }

    private void requireStatus(CaseStatus expected, String action) {
        if (status != expected) {
            throw new WrongStageException("Case " + reference + " is " + status + " and cannot be " + action);
        }
    }

    public Long id() { return id; }
    public CaseReference reference() { return reference; }
    public CaseStatus status() { return status; }
    public Instant receivedAt() { return receivedAt; }
    public Complainant complainant() { return complainant; }
    public NamedPractitioner practitioner() { return practitioner; }
    public Practitioner registrant() { return registrant; }
    public Platform platform() { return platform; }
    public List<PostLink> postLinks() { return Collections.unmodifiableList(postLinks); }
    public LocalDate conductDate() { return conductDate; }
    public String description() { return description; }
    public String processInstanceId() { return routing().processInstanceId(); }
    public TeamCode team() { return routing().team(); }
    public Optional<CaseReference> mergedInto() { return routing().mergedInto(); }
    /** The triage, once it happened. */
    public Optional<TriageRecord> triage() { return Optional.ofNullable(triage); }
    public String triagedBy() { return triage == null ? null : triage.triagedBy(); }
    public Decision decision() { return decision; }
    public Instant closedAt() { return closedAt; }
    public boolean geoTaggedEvidence() { return geoTaggedEvidence; }

    public boolean isOpen() { return status != CaseStatus.CLOSED; }

    // Hibernate leaves an embeddable whose columns are all null as null: these are never null to callers
    /** What the complainant told us about the people shown, the last day of the conduct, and their consent. */
    public ComplainantAccount account() { return account != null ? account : (account = new ComplainantAccount()); }
    private CaseRouting routing() { return routing != null ? routing : (routing = new CaseRouting()); }
    public HdcPause hdcPause() { return hdcPause != null ? hdcPause : (hdcPause = new HdcPause()); }
    public ResponseClock responseClock() {
        return responseClock != null ? responseClock : (responseClock = new ResponseClock());
    }
    public SanctionTerms terms() { return terms != null ? terms : (terms = new SanctionTerms()); }

    public String investigatedBy() { return investigatedBy; }
    public Instant referredAt() { return referredAt; }
    public Decision examinersDecision() { return examinersDecision; }
    /** The facts recorded at referral, or none yet. */
    public Optional<SanctionFacts> facts() {
        return facts == null || !facts.isRecorded() ? Optional.empty() : Optional.of(facts);
    }
}
