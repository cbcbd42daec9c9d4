package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.casework.kernel.FieldErrors;
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
        FieldErrors errors = new FieldErrors();
        this.name = errors.check(() -> Require.text(name, "practitioner.name", 200));
        this.registrationNumber = errors.check(() -> Require.optionalText(registrationNumber,
                "practitioner.registrationNumber", 40));
        this.workplace = errors.check(() -> Require.optionalText(workplace, "practitioner.workplace", 200));
        this.profession = errors.check(() -> Require.optionalText(profession, "practitioner.profession", 100));
        errors.throwIfAny();
        this.nameKey = keyOf(this.name);
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
