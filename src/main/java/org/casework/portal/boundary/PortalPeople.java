package org.casework.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casework.kernel.CaseReference;
import org.casework.portal.boundary.PortalCase.Person;
import org.casework.portal.control.PortalDirectory;
import org.casework.portal.entity.CaseAccess;
import org.casework.portal.entity.PortalInvitation;
import org.casework.portal.entity.PortalRole;

/** Who may answer for a case in the portal: the practitioner and the representatives they named, as staff see it. */
@ApplicationScoped
@Transactional
public class PortalPeople {

    public static final String INVITED = "invited";
    public static final String ACTING = "acting";
    public static final String WITHDRAWN = "withdrawn";
    public static final String EXPIRED = "expired";

    @Inject
    PortalDirectory directory;

    /** Everyone in or invited into the portal for this case: the practitioner first, then representatives. */
    public List<Person> of(CaseReference reference) {
        List<Person> people = new ArrayList<>();
        for (PortalRole role : PortalRole.values()) {
            people.addAll(people(reference, role));
        }
        return people;
    }

    public List<Person> representatives(CaseReference reference) {
        return people(reference, PortalRole.REPRESENTATIVE);
    }

    private List<Person> people(CaseReference reference, PortalRole role) {
        List<Person> people = new ArrayList<>();
        for (CaseAccess access : directory.accessTo(reference)) {
            if (access.role() == role) {
                people.add(new Person(access.account().fullName(), access.account().email(), role,
                        access.active() ? ACTING : WITHDRAWN,
                        access.active() ? access.grantedAt() : access.withdrawnAt()));
            }
        }
        Instant now = Instant.now();
        for (PortalInvitation invitation : directory.invitationsOf(reference)) {
            boolean inAlready = people.stream().anyMatch(p -> p.email().equals(invitation.email()));
            if (invitation.role() == role && invitation.acceptedAt() == null && invitation.withdrawnAt() == null
                    && !inAlready) {
                boolean expired = invitation.refusalAt(now) == PortalInvitation.Refusal.EXPIRED;
                people.add(new Person(invitation.fullName(), invitation.email(), role, expired ? EXPIRED : INVITED,
                        expired ? invitation.expiresAt() : invitation.issuedAt()));
            }
        }
        return people;
    }
}
