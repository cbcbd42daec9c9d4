package org.casework.cases.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Platform;

/** Named test cases built from the source documents' case studies. */
public final class CaseFixtures {

    public static final Instant RECEIVED = Instant.parse("2026-04-01T00:00:00Z");
    public static final LocalDate DAVID_CONDUCT = LocalDate.of(2026, 3, 14);

    private CaseFixtures() {
    }

    public static Complaint davidComplaint() {
        return new Complaint(CaseReference.of("MSC", 2026, 1), "a".repeat(64),
                new Complainant("Tom Reweti", "tom.reweti@example.org", null, Relationship.COLLEAGUE),
                new NamedPractitioner("David Marsh", "MSC-40213", "Wellington Community Laboratory",
                        "Medical laboratory scientist"),
                Platform.FACEBOOK, List.of("https://www.facebook.com/david.marsh.demo/posts/1001"), DAVID_CONDUCT,
                "Photos of patients on a public, geo-tagged Facebook account.", RECEIVED);
    }
}
