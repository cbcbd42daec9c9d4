package org.casework.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.portal.entity.CaseAccess;
import org.casework.portal.entity.PortalAccount;
import org.casework.portal.entity.PortalInvitation;
import org.casework.portal.entity.PortalMessage;
import org.casework.portal.entity.PortalUser;

/** The portal's accounts, invitations and who may see which case. */
@ApplicationScoped
public class PortalDirectory {

    @Inject
    EntityManager em;

    public Optional<PortalAccount> account(String email) {
        return em.createNamedQuery(PortalAccount.BY_EMAIL, PortalAccount.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    public PortalAccount account(long id) {
        return em.find(PortalAccount.class, id);
    }

    public Optional<PortalInvitation> invitation(String token) {
        return em.createNamedQuery(PortalInvitation.BY_TOKEN, PortalInvitation.class)
                .setParameter("hash", PortalInvitation.hashOf(token)).getResultStream().findFirst();
    }

    public List<PortalInvitation> openInvitations(CaseReference reference, String email) {
        return em.createNamedQuery(PortalInvitation.OPEN_FOR, PortalInvitation.class)
                .setParameter("ref", reference).setParameter("email", email).getResultList();
    }

    public List<PortalInvitation> invitationsOf(CaseReference reference) {
        return em.createNamedQuery(PortalInvitation.OF_CASE, PortalInvitation.class)
                .setParameter("ref", reference).getResultList();
    }

    /** The cases this person may see now, newest access first. */
    public List<CaseAccess> accessOf(PortalUser user) {
        return em.createNamedQuery(CaseAccess.OF_ACCOUNT, CaseAccess.class)
                .setParameter("account", user.accountId()).getResultList();
    }

    /** Everyone who has or had access to a case, for staff and for the practitioner's own list of representatives. */
    public List<CaseAccess> accessTo(CaseReference reference) {
        return em.createNamedQuery(CaseAccess.OF_CASE, CaseAccess.class)
                .setParameter("ref", reference).getResultList();
    }

    public List<PortalMessage> messagesOf(CaseReference reference) {
        return em.createNamedQuery(PortalMessage.OF_CASE, PortalMessage.class).setParameter("ref", reference)
                .getResultList();
    }

    /**
     * The object-level check every portal use case starts with: this person's current access to this case, or
     * "not found", the same answer as for a case that does not exist, so nobody learns another case's reference.
     */
    public CaseAccess requireAccess(PortalUser user, CaseReference reference) {
        return accessOf(user).stream().filter(a -> a.caseReference().equals(reference)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No case " + reference + " for " + user.email()));
    }
}
