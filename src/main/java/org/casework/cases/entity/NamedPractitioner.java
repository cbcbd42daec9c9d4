package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.casework.kernel.NameKey;
import org.casework.kernel.Require;

/** The practitioner as the complainant named them; a register match is suggested to staff separately. */
@Embeddable
public class NamedPractitioner {

    @Column(name = "practitioner_name", nullable = false, length = 200)
    private String name;

    /** The name as related complaints match it (case and spacing ignored), indexed on both databases. */
    @Column(name = "practitioner_name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "practitioner_registration", length = 40)
    private String registrationNumber;

    @Column(name = "practitioner_workplace", length = 200)
    private String workplace;

    @Column(name = "practitioner_profession", length = 100)
    private String profession;

    protected NamedPractitioner() {
    }

    public NamedPractitioner(String name, String registrationNumber, String workplace, String profession) {
        this.name = Require.text(name, "practitioner.name", 200);
        this.nameKey = keyOf(this.name);
        this.registrationNumber = Require.optionalText(registrationNumber, "practitioner.registrationNumber", 40);
        this.workplace = Require.optionalText(workplace, "practitioner.workplace", 200);
        this.profession = Require.optionalText(profession, "practitioner.profession", 100);
    }

    public static String keyOf(String name) {
        return NameKey.of(name);
    }

    public String name() { return name; }
    public String nameKey() { return nameKey; }
    public String registrationNumber() { return registrationNumber; }
    public String workplace() { return workplace; }
    public String profession() { return profession; }
}
