package org.casework.portal.boundary;

import org.casework.portal.entity.PortalInvitation.Refusal;

/** An invitation link that cannot be used: unknown, used, expired or replaced by a newer one. */
public class InvitationRefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public InvitationRefusedException(Refusal refusal) {
        super("Invitation refused: " + refusal);
        this.refusal = refusal;
    }

    public Refusal refusal() { return refusal; }
}
