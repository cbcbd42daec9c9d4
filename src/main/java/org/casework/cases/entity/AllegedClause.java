package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.ClauseOrder;
import org.casework.kernel.Require;

/** A policy clause an allegation of the case concerns, as the investigator linked it (by its stable clause id). */
@Embeddable
public class AllegedClause {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private AllegationCategory category;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    protected AllegedClause() {
    }

    public AllegedClause(AllegationCategory category, String clauseId) {
        this.category = Require.present(category, "category");
        this.clauseId = Require.text(clauseId, "clauses", 60);
    }

    /** The links of each category to its clauses. */
    static List<AllegedClause> linking(Map<AllegationCategory, List<String>> byCategory) {
        return byCategory.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(id -> new AllegedClause(e.getKey(), id))).toList();
    }

    /** Each category alleged, in order, with its clause ids in reading order (none where none is linked). */
    static SortedMap<AllegationCategory, List<String>> byCategory(
            Set<AllegationCategory> alleged, Collection<AllegedClause> links) {
        SortedMap<AllegationCategory, List<String>> map = new TreeMap<>();
        alleged.forEach(c -> map.put(c, links.stream().filter(l -> l.category == c).map(AllegedClause::clauseId)
                .sorted(ClauseOrder.INSTANCE).toList()));
        return map;
    }

    public AllegationCategory category() { return category; }
    public String clauseId() { return clauseId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllegedClause other && category == other.category && clauseId.equals(other.clauseId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, clauseId);
    }
}
