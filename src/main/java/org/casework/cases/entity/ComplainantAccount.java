package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What the complainant told us beyond the conduct itself: whether a patient can be identified, whether they are the
 * person shown, the last day of the conduct, and what they consent to.
 */
@Embeddable
public class ComplainantAccount {

    @Enumerated(EnumType.STRING)
    @Column(name = "patient_identifiable", nullable = false, length = 10)
    private PatientIdentifiable patientIdentifiable = PatientIdentifiable.NOT_SURE;

    @Column(name = "complainant_is_person_shown")
    private Boolean complainantIsPersonShown;

    @Column(name = "conduct_date_to")
    private LocalDate conductDateTo;

    @Column(name = "consent_to_share", nullable = false)
    private boolean consentToShare;

    @Column(name = "consent_to_contact", nullable = false)
    private boolean consentToContact;

    void describe(PatientIdentifiable identifiable, Boolean complainantIsShown, LocalDate until) {
        this.patientIdentifiable = identifiable == null ? PatientIdentifiable.NOT_SURE : identifiable;
        this.complainantIsPersonShown = complainantIsShown;
        this.conductDateTo = until;
    }

    void consent(boolean toShareWithPractitioner, boolean toBeContacted) {
        this.consentToShare = toShareWithPractitioner;
        this.consentToContact = toBeContacted;
    }

    public PatientIdentifiable patientIdentifiable() { return patientIdentifiable; }
    public Boolean complainantIsPersonShown() { return complainantIsPersonShown; }
    public LocalDate conductDateTo() { return conductDateTo; }
    public boolean consentToShare() { return consentToShare; }
    public boolean consentToContact() { return consentToContact; }
}
