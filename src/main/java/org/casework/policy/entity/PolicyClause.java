package org.casework.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.casework.kernel.ClauseId;
import org.casework.kernel.Require;

/** A numbered clause of one policy version, with its heading and its full text as published. */
@Entity
@Table(name = "policy_clause")
@NamedQuery(name = PolicyClause.BY_CLAUSE_IDS, query = "select c from PolicyClause c where c.clauseId in :ids")
@NamedQuery(name = PolicyClause.ALL, query = "select c from PolicyClause c join fetch c.version v "
        + "order by v.document.code, v.effectiveFrom, c.position")
public class PolicyClause {

    public static final String BY_CLAUSE_IDS = "PolicyClause.byClauseIds";
    public static final String ALL = "PolicyClause.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_seq")
    @SequenceGenerator(name = "policy_seq", sequenceName = "policy_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "version_id")
    private PolicyVersion version;

    @Column(name = "clause_id", nullable = false, unique = true, length = 60)
    private ClauseId clauseId;

    @Column(nullable = false, length = 10)
    private String number;

    @Column(nullable = false, length = 200)
    private String heading;

    @Column(nullable = false, length = Require.LONG_COLUMN)
    private String body;

    @Column(nullable = false)
    private int position;

    protected PolicyClause() {
    }

    /** For tests: a clause outside the database. */
    public PolicyClause(PolicyVersion version, ClauseId clauseId, String number, String heading, String body) {
        this(version, clauseId, number, heading, body, 0);
    }

    /** An imported clause, {@code position} giving its place in the version. */
    public PolicyClause(PolicyVersion version, ClauseId clauseId, String number, String heading, String body,
                        int position) {
        this.version = version;
        this.clauseId = clauseId;
        this.number = number;
        this.heading = heading;
        this.body = body;
        this.position = position;
    }

    public boolean inForceOn(LocalDate date) {
        return version.inForceOn(date);
    }

    public PolicyVersion version() { return version; }
    public ClauseId clauseId() { return clauseId; }
    public String number() { return number; }
    public String heading() { return heading; }
    public String body() { return body; }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyClause that && clauseId != null && clauseId.equals(that.clauseId);
    }

    @Override
    public int hashCode() {
        return clauseId == null ? 0 : clauseId.hashCode();
    }
}
