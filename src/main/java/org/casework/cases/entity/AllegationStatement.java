package org.casework.cases.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.Require;

/**
 * What a complaint alleges: the categories, the policy clauses each concerns, and the allegations as the regulator
 * words them for the practitioner and the employer. The case decides when it may change (see {@link Complaint}).
 */
@Embeddable
public class AllegationStatement {

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "complaint_allegation", joinColumns = @JoinColumn(name = "complaint_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private Set<AllegationCategory> categories = EnumSet.noneOf(AllegationCategory.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "complaint_allegation_clause", joinColumns = @JoinColumn(name = "complaint_id"))
    private Set<AllegedClause> clauses = new HashSet<>();

    @Column(name = "allegation_summary", length = Require.LONG_COLUMN)
    private String summary;

    @Column(name = "summarised_by", length = 100)
    private String summarisedBy;

    void allege(Map<AllegationCategory, List<String>> clausesByCategory) {
        categories.clear();
        categories.addAll(clausesByCategory.keySet());
        clauses.clear();
        clauses.addAll(AllegedClause.linking(clausesByCategory));
    }

    /** A blank summary removes it. */
    void summarise(String text, String by) {
        this.summary = Require.optionalMultiline(text, "summary", 20_000);
        this.summarisedBy = summary == null ? null : Require.text(by, "by", 100);
    }

    SortedMap<AllegationCategory, List<String>> byCategory() {
        return AllegedClause.byCategory(categories, clauses);
    }

    Set<AllegationCategory> categories() {
        return Set.copyOf(categories);
    }

    String summary() { return summary; }
    String summarisedBy() { return summarisedBy; }
}
