package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.policy.entity.PolicyClause;
import org.casework.security.entity.StaffIdentity;

/**
 * Investigators (and case examiners) adjust what a case alleges and the clauses each allegation concerns, until the
 * decision. A clause must exist and have been in force on the date of the conduct: the citation rule, applied as
 * early as the clause is linked.
 */
@ApplicationScoped
@Transactional
public class Allegations {

    /** One alleged category and the clause ids it concerns. */
    public record Allegation(String category, List<String> clauses) {
    }

    @Inject
    CaseStore cases;
    @Inject
    PolicyLibrary policies;
    @Inject
    CaseSteps steps;

    public void revise(CaseReference reference, List<Allegation> revised, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners adjust a case's allegations");
        }
        Complaint complaint = cases.require(reference);
        Map<AllegationCategory, List<String>> byCategory = new EnumMap<>(AllegationCategory.class);
        List<Allegation> given = revised == null ? List.of() : revised;
        for (int i = 0; i < given.size(); i++) {
            Allegation allegation = given.get(i);
            String field = "allegations[" + i + "]";
            AllegationCategory category = AllegationCategory.parse(allegation == null ? null : allegation.category())
                    .orElseThrow(() -> new InvalidFieldException(field + ".category", "is not an allegation category; "
                            + "expected one of " + List.of(AllegationCategory.values())));
            if (byCategory.containsKey(category)) {
                throw new InvalidFieldException(field + ".category", "names " + category + " a second time");
            }
            byCategory.put(category, checked(allegation.clauses(), complaint, field + ".clauses"));
        }
        complaint.allege(byCategory);
        steps.record(complaint, "reviseAllegations", staff.username(), Instant.now(), byCategory.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + (e.getValue().isEmpty() ? "no clause" : String.join(", ",
                        e.getValue()))).collect(Collectors.joining("; ")));
    }

    /**
     * The allegations in the regulator's words, as the practitioner's and the employer's letters state them; the
     * complainant's own words go to them only where the complainant agreed. A blank summary removes it.
     */
    public void summarise(CaseReference reference, String summary, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners word a case's allegations");
        }
        Complaint complaint = cases.require(reference);
        complaint.summariseAllegations(summary, staff.username());
        steps.record(complaint, "summariseAllegations", staff.username(), Instant.now(),
                complaint.allegationSummary() == null ? "Summary removed" : complaint.allegationSummary());
    }

    private List<String> checked(List<String> clauseIds, Complaint complaint, String field) {
        List<String> ids = new ArrayList<>();
        List<PolicyClause> clauses;
        try {
            clauses = policies.clauses(clauseIds);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(field, e.reason());
        }
        for (PolicyClause clause : clauses) {
            if (!clause.inForceOn(complaint.conductDate())) {
                throw new InvalidFieldException(field, "clause " + clause.clauseId() + " ("
                        + clause.version().describe() + ") was not in force on " + complaint.conductDate()
                        + ", the date of the conduct; it applies " + clause.version().describePeriod());
            }
            ids.add(clause.clauseId().value());
        }
        return ids;
    }
}
