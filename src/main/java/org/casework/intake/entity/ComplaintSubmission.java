package org.casework.intake.entity;

import java.util.List;

/** A complaint as the portal form or the API's {@code complaint} JSON part gives it, before any check. */
public record ComplaintSubmission(Complainant complainant, Practitioner practitioner, String platform,
                                  List<String> postLinks, String conductDate, String description) {

    public record Complainant(String name, String email, String phone, String relationship) {
    }

    public record Practitioner(String name, String registrationNumber, String workplace, String profession) {
    }
}
