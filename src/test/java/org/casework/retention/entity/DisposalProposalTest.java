package org.casework.retention.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisposalProposalTest {

    private final DisposalProposal proposal = new DisposalProposal("admin", Instant.parse("2036-01-05T00:00:00Z"),
            LocalDate.parse("2026-01-05"), List.of("MSC-2026-000001"));

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        assertThatThrownBy(() -> proposal.approve("admin", Instant.now())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("another administrator");
        assertThat(proposal.state()).isEqualTo(DisposalProposal.State.PROPOSED);
    }

    @Test
    void aSecondAdministratorApprovesOnce() {
        proposal.approve("keeper", Instant.parse("2036-01-06T00:00:00Z"));
        assertThat(proposal.state()).isEqualTo(DisposalProposal.State.APPROVED);
        assertThat(proposal.decidedBy()).isEqualTo("keeper");
        assertThatThrownBy(() -> proposal.approve("third", Instant.now())).isInstanceOf(WrongStageException.class);
    }

    @Test
    void anEmptyProposalIsRefused() {
        assertThatThrownBy(() -> new DisposalProposal("admin", Instant.now(), LocalDate.now(), List.of()))
                .isInstanceOf(InvalidFieldException.class);
    }
}
