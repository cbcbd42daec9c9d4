package org.casework.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.casework.cases.entity.Require;

/** A member of the regulator's staff who signs in: investigators, case examiners, registrars, admins. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "select a from StaffAccount a where a.username = :username")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = Require.text(username, "username", 100);
        this.displayName = Require.text(displayName, "displayName", 200);
        this.passwordHash = Require.present(passwordHash, "password");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A staff account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    public boolean checkPassword(char[] password) {
        return active && PasswordHash.verify(password, passwordHash);
    }

    public String username() { return username; }
    public String displayName() { return displayName; }
    public boolean active() { return active; }
    public Set<Role> roles() { return Collections.unmodifiableSet(roles); }
}
