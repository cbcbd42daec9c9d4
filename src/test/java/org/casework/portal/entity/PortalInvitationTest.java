package org.casework.portal.entity;

import java.time.Instant;
import org.casework.kernel.CaseReference;
import org.casework.portal.entity.PortalInvitation.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalInvitationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    private static final CaseReference CASE = CaseReference.parse("MSC-2026-000123");

    private final PortalInvitation.Issued issued = PortalInvitation.issue(CASE, PortalRole.PRACTITIONER,
            "David Marsh", "David.Marsh@example.org", "casework", NOW);

    @Test
    void onlyTheTokensHashIsKeptAndTheTokenCannotBeGuessed() {
        assertThat(issued.token()).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        assertThat(PortalInvitation.hashOf(issued.token())).hasSize(64).isNotEqualTo(issued.token());
        assertThat(PortalInvitation.issue(CASE, PortalRole.PRACTITIONER, "David Marsh", "d@example.org", "casework",
                NOW).token()).isNotEqualTo(issued.token());
        assertThat(issued.invitation().email()).isEqualTo("david.marsh@example.org");
    }

    @Test
    void theLinkWorksOnceUntilItExpires() {
        PortalInvitation invitation = issued.invitation();
        assertThat(invitation.refusalAt(NOW.plus(PortalInvitation.LIFETIME).minusSeconds(1))).isNull();
        assertThat(invitation.refusalAt(NOW.plus(PortalInvitation.LIFETIME))).isEqualTo(Refusal.EXPIRED);
        invitation.accept(NOW.plusSeconds(60));
        assertThat(invitation.refusalAt(NOW.plusSeconds(61))).isEqualTo(Refusal.USED);
        assertThatThrownBy(() -> invitation.accept(NOW.plusSeconds(62))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReplacedInvitationIsRefusedAndAnAcceptedOneIsNotWithdrawn() {
        PortalInvitation replaced = issued.invitation();
        replaced.withdraw(NOW);
        assertThat(replaced.refusalAt(NOW)).isEqualTo(Refusal.REPLACED);
        PortalInvitation used = PortalInvitation.issue(CASE, PortalRole.REPRESENTATIVE, "Ana Lawyer",
                "ana@example.org", "portal:david.marsh@example.org", NOW).invitation();
        used.accept(NOW);
        used.withdraw(NOW);
        assertThat(used.withdrawnAt()).isNull();
        assertThat(used.refusalAt(NOW)).isEqualTo(Refusal.USED);
    }

    @Test
    void theRepresentativesAccessIsWithdrawnButNeverThePractitionersOwn() {
        PortalAccount account = new PortalAccount("ana@example.org", "Ana Lawyer",
                "a long and private phrase".toCharArray(), NOW);
        CaseAccess representative = new CaseAccess(account, CASE, PortalRole.REPRESENTATIVE, NOW);
        representative.withdraw("portal:david.marsh@example.org", NOW.plusSeconds(5));
        assertThat(representative.active()).isFalse();
        assertThat(representative.withdrawnBy()).isEqualTo("portal:david.marsh@example.org");
        CaseAccess own = new CaseAccess(account, CASE, PortalRole.PRACTITIONER, NOW);
        assertThatThrownBy(() -> own.withdraw("someone", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(own.active()).isTrue();
    }
}
