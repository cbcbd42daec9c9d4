package org.casework.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.boundary.Appeals;
import org.casework.cases.boundary.Hearings;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.letters.boundary.HearingBundles;
import org.casework.portal.boundary.PractitionerCases.Download;
import org.casework.portal.control.PortalDirectory;
import org.casework.portal.entity.PortalUser;

/**
 * The end of a case as the practitioner and their representative follow it in the portal: the hearing's sittings and
 * its bundle (the papers the panel reads), and an appeal to the court, which they tell us of here within the window
 * the decision's letter opened.
 */
@ApplicationScoped
@Transactional
public class PortalEndGame {

    /** What the portal shows of a hearing and an appeal. */
    public record Standing(List<Sitting> sittings, boolean bundle, String appealableKind, LocalDate appealableUntil,
                          List<AppealLine> appeals) implements Serializable {
    }

    public record Sitting(String when, String venue, String panel, Instant adjournedAt, String adjournmentReason)
            implements Serializable {
    }

    public record AppealLine(LocalDate lodgedOn, String result, LocalDate decidedOn) implements Serializable {
    }

    @Inject
    PortalDirectory directory;
    @Inject
    Hearings hearings;
    @Inject
    Appeals appeals;
    @Inject
    HearingBundles bundles;
    @Inject
    AuditLog audit;

    public Standing standing(PortalUser user, CaseReference reference) {
        directory.requireAccess(user, reference);
        List<Sitting> sittings = hearings.sittings(reference).stream().map(s -> new Sitting(s.when(), s.venue(),
                s.chair() + " (chair), " + s.layMember() + " and " + s.professionalMember(), s.adjournedAt(),
                s.adjournmentReason())).toList();
        var overview = appeals.overview(reference);
        return new Standing(sittings, !sittings.isEmpty(), overview.appealableKind(), overview.appealableUntil(),
                overview.appeals().stream().map(a -> new AppealLine(a.lodgedOn(), a.result(), a.decidedOn()))
                        .toList());
    }

    /** The hearing bundle, once a sitting is fixed; each download is audited as a view of the case's material. */
    public Download bundle(PortalUser user, CaseReference reference) {
        directory.requireAccess(user, reference);
        if (hearings.sittings(reference).isEmpty()) {
            throw new CaseNotFoundException("No hearing bundle for " + reference);
        }
        byte[] pdf = bundles.bundle(reference);
        audit.record(user.actor(), AuditEntry.VIEW_CASE, "case " + reference, true, "portal, hearing bundle");
        return new Download(reference + "-hearing-bundle.pdf", "application/pdf", pdf);
    }

    /** They tell us they appealed to the court: recorded as staff record one, by whom it says. */
    public void lodgeAppeal(PortalUser user, CaseReference reference, LocalDate lodgedOn, String grounds,
                            boolean confirmed) {
        directory.requireAccess(user, reference);
        Appeals.Lodging lodging = new Appeals.Lodging(lodgedOn, grounds, false);
        FieldErrors errors = new FieldErrors(); // every refused field at once, the tick's with the others
        if (!confirmed) {
            errors.add(new InvalidFieldException("confirmed", "tick the box to confirm you have filed the appeal"));
        }
        errors.run(() -> appeals.check(reference, lodging));
        errors.throwIfAny();
        appeals.lodge(reference, lodging, user.actor());
        audit.record(user.actor(), "PORTAL_APPEAL", "case " + reference, true, "told us of an appeal, filed "
                + lodgedOn);
    }
}
