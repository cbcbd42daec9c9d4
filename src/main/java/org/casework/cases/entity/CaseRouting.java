package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Require;
import org.casework.kernel.TeamCode;

/**
 * Where a case is worked: the investigation team that owns it (its investigators see it), the process that runs it,
 * and, for a duplicate merged away, the case that now deals with the matter.
 */
@Embeddable
public class CaseRouting {

    @Column(name = "team_code", length = 40)
    private TeamCode team;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "merged_into", length = 30)
    private CaseReference mergedInto;

    void assignTo(TeamCode team) {
        this.team = Require.present(team, "team");
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void mergedInto(CaseReference target) {
        this.mergedInto = target;
    }

    public TeamCode team() { return team; }
    public String processInstanceId() { return processInstanceId; }
    public Optional<CaseReference> mergedInto() { return Optional.ofNullable(mergedInto); }
}
