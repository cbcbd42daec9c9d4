package org.casework.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casework.kernel.Require;

/** A registrant on the regulator's register. */
@Entity
@Table(name = "practitioner")
@NamedQuery(name = Practitioner.BY_REGISTRATION,
        query = "select p from Practitioner p where upper(p.registrationNumber) = upper(:number)")
@NamedQuery(name = Practitioner.BY_NAME, query = "select p from Practitioner p where lower(p.fullName) = lower(:name)")
public class Practitioner {

    public static final String BY_REGISTRATION = "Practitioner.byRegistration";
    public static final String BY_NAME = "Practitioner.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practitioner_seq")
    @SequenceGenerator(name = "practitioner_seq", sequenceName = "practitioner_seq", allocationSize = 50)
    private Long id;

    @Column(name = "registration_number", nullable = false, unique = true, length = 40)
    private String registrationNumber;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 100)
    private String profession;

    @Column(length = 200)
    private String employer;

    @Column(length = 320)
    private String email;

    @Column(name = "employer_email", length = 320)
    private String employerEmail;

    protected Practitioner() {
    }

    public Practitioner(String registrationNumber, String fullName, String profession, String employer) {
        this.registrationNumber = Require.text(registrationNumber, "registrationNumber", 40);
        this.fullName = Require.text(fullName, "fullName", 200);
        this.profession = Require.text(profession, "profession", 100);
        this.employer = Require.optionalText(employer, "employer", 200);
    }

    /** The addresses letters about this registrant go to; either may be unknown (the letter is then posted). */
    public Practitioner reachableAt(String email, String employerEmail) {
        this.email = email == null || email.isBlank() ? null : Require.email(email, "email");
        this.employerEmail = employerEmail == null || employerEmail.isBlank() ? null
                : Require.email(employerEmail, "employerEmail");
        return this;
    }

    public Long id() { return id; }
    public String registrationNumber() { return registrationNumber; }
    public String fullName() { return fullName; }
    public String profession() { return profession; }
    public String employer() { return employer; }
    public String email() { return email; }
    public String employerEmail() { return employerEmail; }
}
