package org.casework.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casework.kernel.CaseReference;

/** One portal account's access to one case, as the practitioner or their representative, until withdrawn. */
@Entity
@Table(name = "portal_access")
@NamedQuery(name = CaseAccess.OF_ACCOUNT, query = "select a from CaseAccess a where a.account.id = :account"
        + " and a.withdrawnAt is null order by a.grantedAt desc")
@NamedQuery(name = CaseAccess.OF_CASE, query = "select a from CaseAccess a join fetch a.account"
        + " where a.caseReference = :ref order by a.grantedAt")
public class CaseAccess {

    public static final String OF_ACCOUNT = "CaseAccess.ofAccount";
    public static final String OF_CASE = "CaseAccess.ofCase";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private PortalAccount account;

    @Column(name = "case_reference", nullable = false, length = 30)
    private CaseReference caseReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PortalRole role;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 320)
    private String withdrawnBy;

    protected CaseAccess() {
    }

    public CaseAccess(PortalAccount account, CaseReference caseReference, PortalRole role, Instant at) {
        this.account = account;
        this.caseReference = caseReference;
        this.role = role;
        this.grantedAt = at;
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    /** Only a representative's access is withdrawn; the practitioner's own lasts as long as the case. */
    public void withdraw(String by, Instant at) {
        if (role == PortalRole.PRACTITIONER) {
            throw new IllegalStateException("The practitioner's own access to " + caseReference + " is not withdrawn");
        }
        if (withdrawnAt == null) {
            withdrawnAt = at;
            withdrawnBy = by;
        }
    }

    public Long id() { return id; }
    public PortalAccount account() { return account; }
    public CaseReference caseReference() { return caseReference; }
    public PortalRole role() { return role; }
    public Instant grantedAt() { return grantedAt; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawnBy() { return withdrawnBy; }
}
