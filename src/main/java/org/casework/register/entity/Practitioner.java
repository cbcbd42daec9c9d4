package org.casework.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casework.kernel.FieldErrors;
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

    @Column(length = 200)
    private String scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.CURRENT;

    @Column(name = "postal_address", length = 500)
    private String postalAddress;

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

    /** What the register says of them, checked whole: every refused field at once, nothing changed when refused. */
    public static Practitioner registered(Details details) {
        Practitioner practitioner = new Practitioner();
        practitioner.registrationNumber = details.registrationNumber() == null ? null
                : details.registrationNumber().strip();
        practitioner.change(details);
        return practitioner;
    }

    /** The registrant's details as the regulator keeps them; the registration number stays what it is. */
    public void change(Details details) {
        FieldErrors errors = new FieldErrors();
        String number = errors.check(() -> Require.text(registrationNumber, "registrationNumber", 40));
        String name = errors.check(() -> Require.text(details.fullName(), "fullName", 200));
        String job = errors.check(() -> Require.text(details.profession(), "profession", 100));
        String where = errors.check(() -> Require.optionalText(details.employer(), "employer", 200));
        String practice = errors.check(() -> Require.optionalText(details.scope(), "scope", 200));
        RegistrationStatus standing = errors.check(() -> details.status() == null || details.status().isBlank()
                ? RegistrationStatus.CURRENT : Require.oneOf(RegistrationStatus.class, details.status(), "status"));
        String mail = errors.check(() -> blankOr(details.email()) == null ? null
                : Require.email(details.email(), "email"));
        String employerMail = errors.check(() -> blankOr(details.employerEmail()) == null ? null
                : Require.email(details.employerEmail(), "employerEmail"));
        String address = errors.check(() -> Require.optionalMultiline(details.postalAddress(), "postalAddress", 500));
        errors.throwIfAny();
        this.registrationNumber = number;
        this.fullName = name;
        this.profession = job;
        this.employer = where;
        this.scope = practice;
        this.status = standing;
        this.email = mail;
        this.employerEmail = employerMail;
        this.postalAddress = address;
    }

    private static String blankOr(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A registrant's details as an administrator or an imported file gives them; {@code status} by its key. */
    public record Details(String registrationNumber, String fullName, String profession, String scope,
                          String status, String employer, String email, String employerEmail,
                          String postalAddress) {
    }

    public Details details() {
        return new Details(registrationNumber, fullName, profession, scope, status.name(), employer, email,
                employerEmail, postalAddress);
    }

    public Long id() { return id; }
    public String registrationNumber() { return registrationNumber; }
    public String fullName() { return fullName; }
    public String profession() { return profession; }
    public String employer() { return employer; }
    public String email() { return email; }
    public String employerEmail() { return employerEmail; }
    public String scope() { return scope; }
    public RegistrationStatus status() { return status; }

    /** Erased by a hearing: removed from the register, as its status says. */
    public void erase() {
        this.status = RegistrationStatus.REMOVED;
    }

    /** An erasure quashed or varied on appeal: registered again. */
    public void restore() {
        if (status == RegistrationStatus.REMOVED) {
            this.status = RegistrationStatus.CURRENT;
        }
    }
    public String postalAddress() { return postalAddress; }
}
