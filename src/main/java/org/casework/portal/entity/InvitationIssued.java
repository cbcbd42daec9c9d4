package org.casework.portal.entity;

import org.casework.kernel.CaseReference;

/**
 * An invitation was made; its link goes out by email once the transaction that made it commits (a rolled-back
 * invitation must not reach anyone). The token travels only in this event and the email.
 */
public record InvitationIssued(CaseReference reference, PortalRole role, String fullName, String email,
                               String token, String invitedBy) {
}
