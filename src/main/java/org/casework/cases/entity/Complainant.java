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

/** The person who complains. The MSC does not act on anonymous complaints, so name and email are required. */
@Entity
@Table(name = "complainant")
public class Complainant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complainant_seq")
    @SequenceGenerator(name = "complainant_seq", sequenceName = "complainant_seq", allocationSize = 50)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 40)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Relationship relationship;

    protected Complainant() {
    }

    public Complainant(String fullName, String email, String phone, Relationship relationship) {
        this.fullName = Require.text(fullName, "complainant.name", 200);
        this.email = Require.email(email, "complainant.email");
        this.phone = Require.optionalText(phone, "complainant.phone", 40);
        this.relationship = relationship == null ? Relationship.OTHER : relationship;
    }

    public String fullName() { return fullName; }
    public String email() { return email; }
    public String phone() { return phone; }
    public Relationship relationship() { return relationship; }
}
