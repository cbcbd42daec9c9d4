package org.casework.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Require;

/** What a practitioner or representative writes to the investigator in the portal; plain text, kept as written. */
@Entity
@Table(name = "portal_message")
@NamedQuery(name = PortalMessage.OF_CASE, query = "select m from PortalMessage m where m.caseReference = :ref"
        + " order by m.sentAt")
public class PortalMessage {

    public static final String OF_CASE = "PortalMessage.ofCase";
    public static final int MAX_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_reference", nullable = false, length = 30)
    private CaseReference caseReference;

    @Column(name = "from_name", nullable = false, length = 200)
    private String fromName;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_role", nullable = false, length = 20)
    private PortalRole fromRole;

    @Column(name = "sent_by", nullable = false, length = 330)
    private String sentBy;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected PortalMessage() {
    }

    public PortalMessage(CaseAccess access, String body, Instant at) {
        this.caseReference = access.caseReference();
        this.fromName = access.account().fullName();
        this.fromRole = access.role();
        this.sentBy = PortalUser.ACTOR_PREFIX + access.account().email();
        this.body = Require.multiline(body, "message", MAX_LENGTH);
        this.sentAt = at;
    }

    public Long id() { return id; }
    public CaseReference caseReference() { return caseReference; }
    public String fromName() { return fromName; }
    public PortalRole fromRole() { return fromRole; }
    public String sentBy() { return sentBy; }
    public String body() { return body; }
    public Instant sentAt() { return sentAt; }
}
