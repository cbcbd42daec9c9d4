package org.casework.intake.entity;

import java.util.List;

/**
 * A complaint as the portal form or the API's {@code complaint} JSON part gives it, before any check.
 * Dates are ISO strings ({@code 2026-03-14}) so that a wrong date is reported by field, not as unreadable JSON.
 */
public record ComplaintSubmission(Complainant complainant, Practitioner practitioner, String platform,
                                  List<String> postLinks, String conductDate, String conductDateTo,
                                  String description, String patientIdentifiable, Boolean complainantIsPersonShown,
                                  Boolean consentToShare, Boolean consentToContact) {

    /** A submission that gives no optional answers. (A factory, not a constructor: JSON-B needs just one.) */
    public static ComplaintSubmission of(Complainant complainant, Practitioner practitioner, String platform,
                                         List<String> postLinks, String conductDate, String description) {
        return new ComplaintSubmission(complainant, practitioner, platform, postLinks, conductDate, null, description,
                null, null, null, null);
    }

    public record Complainant(String name, String email, String phone, String relationship) {
    }

    public record Practitioner(String name, String registrationNumber, String workplace, String profession) {
    }
}
