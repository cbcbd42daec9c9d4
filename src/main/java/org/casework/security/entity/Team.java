package org.casework.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.casework.kernel.Require;
import org.casework.kernel.TeamCode;

/** An investigation team: its investigators see and work the cases that belong to it. */
@Entity
@Table(name = "team")
public class Team {

    /** A plain string: converters are not portable on identifiers. */
    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Team() {
    }

    public Team(TeamCode code, String name) {
        this.code = Require.present(code, "code").value();
        rename(name);
    }

    public void rename(String name) {
        this.name = Require.text(name, "name", 200);
    }

    /** A closed team takes no new members and no new cases; its cases stay where they are until moved. */
    public void close() {
        this.active = false;
    }

    public void reopen() {
        this.active = true;
    }

    public TeamCode code() { return new TeamCode(code); }
    public String name() { return name; }
    public boolean active() { return active; }
}
