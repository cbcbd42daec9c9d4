package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;

/** The person who complains. The MSC does not act on anonymous complaints, so name and email are required. */
@Entity
@Table(name = "complainant")
public class Complainant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complainant_seq")
    @SequenceGenerator(name = "complainant_seq", sequenceName = "complainant_seq", allocationSize = 50)
    private Long id;

    @Column(name = "full_name", length = 200)
    private String fullName;

    @Column(length = 320)
    private String email;

    @Column(length = 40)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Relationship relationship;

    protected Complainant() {
    }

    public Complainant(String fullName, String email, String phone, Relationship relationship) {
        this(fullName, email, phone, relationship, true);
    }

    /**
     * @param identityRequired the MSC does not act on anonymous complaints; a regulator that does switches this off
     *                         ({@code casework.intake.require-identity}), and name and email become optional
     */
    public Complainant(String fullName, String email, String phone, Relationship relationship,
                       boolean identityRequired) {
        FieldErrors errors = new FieldErrors();
        this.fullName = errors.check(() -> identityRequired ? Require.text(fullName, "complainant.name", 200)
                : Require.optionalText(fullName, "complainant.name", 200));
        this.email = errors.check(() -> identityRequired || (email != null && !email.isBlank())
                ? Require.email(email, "complainant.email") : null);
        this.phone = errors.check(() -> {
            String given = Require.optionalText(phone, "complainant.phone", 40);
            if (given != null && !given.matches("[0-9+()\\-. ]{5,40}")) {
                throw new InvalidFieldException("complainant.phone", "may hold only digits, spaces and + ( ) - .");
            }
            return given;
        });
        errors.throwIfAny();
        this.relationship = relationship == null ? Relationship.OTHER : relationship;
    }

    public boolean anonymous() {
        return fullName == null && email == null;
    }

    public String fullName() { return fullName; }
    public String email() { return email; }
    public String phone() { return phone; }
    public Relationship relationship() { return relationship; }
}
