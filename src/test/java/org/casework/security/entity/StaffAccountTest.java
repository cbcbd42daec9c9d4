package org.casework.security.entity;

import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.TeamCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffAccountTest {

    static final TeamCode SOUTHERN = new TeamCode("southern");
    static final String HASH = PasswordHash.hash("pw".toCharArray(), 1_000);

    @Test
    void anInvestigatorBelongsToATeamAndALeadLeadsOne() {
        assertThatThrownBy(() -> new StaffAccount("ivy", "Ivy", HASH, EnumSet.of(Role.INVESTIGATOR), null, false))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("team"));
        assertThatThrownBy(() -> new StaffAccount("eru", "Eru", HASH, EnumSet.of(Role.CASE_EXAMINER), null, true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("teamLead"));
        assertThatThrownBy(() -> new StaffAccount("nobody", "No One", HASH, Set.of(), SOUTHERN, false))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("roles"));
        StaffAccount examiner = new StaffAccount("eru", "Eru", HASH, EnumSet.of(Role.CASE_EXAMINER), null, false);
        assertThat(examiner.identity().team()).isNull();
    }

    @Test
    void theIdentityCarriesTeamAndLeadAndOnlyTheLeadLeads() {
        StaffAccount lead = new StaffAccount("lena", "Lena", HASH, EnumSet.of(Role.INVESTIGATOR), SOUTHERN, true);
        StaffIdentity identity = lead.identity();
        assertThat(identity.roles()).containsExactly("INVESTIGATOR");
        assertThat(identity.leads("southern")).isTrue();
        assertThat(identity.leads("investigations")).isFalse();
        lead.changeRoles(EnumSet.of(Role.INVESTIGATOR), SOUTHERN, false);
        assertThat(lead.identity().leads("southern")).isFalse();
    }

    @Test
    void aDeactivatedAccountCannotSignInAndAResetReplacesThePasswordWithAOneTimeOne() {
        StaffAccount a = new StaffAccount("ivy", "Ivy", HASH, EnumSet.of(Role.INVESTIGATOR), SOUTHERN, false);
        assertThat(a.checkPassword("pw".toCharArray())).isTrue();
        assertThat(a.passwordChangeRequired()).isFalse();
        a.deactivate();
        assertThat(a.checkPassword("pw".toCharArray())).isFalse();
        a.activate();
        a.issueOneTimePassword(PasswordHash.hash("new".toCharArray(), 1_000));
        assertThat(a.checkPassword("pw".toCharArray())).isFalse();
        assertThat(a.checkPassword("new".toCharArray())).isTrue();
        assertThat(a.passwordChangeRequired()).isTrue();
    }

    @Test
    void theHolderChoosesAPasswordOfTheirOwnKnowingTheCurrentOne() {
        StaffAccount a = new StaffAccount("ivy", "Ivy", HASH, EnumSet.of(Role.INVESTIGATOR), SOUTHERN, false);
        a.issueOneTimePassword(HASH);
        String version = a.passwordVersion();
        refused(() -> a.choosePassword("wrong".toCharArray(), "tui song at first light".toCharArray()),
                "currentPassword");
        refused(() -> a.choosePassword("pw".toCharArray(), "too short".toCharArray()), "newPassword");
        refused(() -> a.choosePassword("pw".toCharArray(), "x".repeat(129).toCharArray()), "newPassword");
        refused(() -> a.choosePassword("pw".toCharArray(), "aaaaaaaaaaaaaaaa".toCharArray()), "newPassword");
        refused(() -> a.choosePassword("pw".toCharArray(), "my name is IVY, hello".toCharArray()), "newPassword");
        assertThat(a.passwordVersion()).as("nothing changed").isEqualTo(version);
        assertThat(a.passwordChangeRequired()).isTrue();

        a.choosePassword("pw".toCharArray(), "tui song at first light".toCharArray());
        assertThat(a.passwordChangeRequired()).isFalse();
        assertThat(a.passwordVersion()).isNotEqualTo(version);
        assertThat(a.checkPassword("pw".toCharArray())).isFalse();
        assertThat(a.checkPassword("tui song at first light".toCharArray())).isTrue();
        refused(() -> a.choosePassword("tui song at first light".toCharArray(),
                "tui song at first light".toCharArray()), "newPassword");
    }

    private static void refused(ThrowableAssert.ThrowingCallable change, String field) {
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void teamCodesAreLowerCaseWords() {
        assertThat(TeamCode.isWellFormed("southern")).isTrue();
        assertThat(TeamCode.isWellFormed("north-2")).isTrue();
        assertThat(TeamCode.isWellFormed("Bad Code")).isFalse();
        assertThat(TeamCode.isWellFormed("x")).isFalse();
        assertThat(TeamCode.isWellFormed("../etc")).isFalse();
        assertThatThrownBy(() -> new TeamCode("2fast")).isInstanceOf(IllegalArgumentException.class);
    }
}
