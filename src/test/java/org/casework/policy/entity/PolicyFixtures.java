package org.casework.policy.entity;

import java.time.LocalDate;
import org.casework.kernel.ClauseId;

/** Named test data: the MSC social media policy, version One, and two of its clauses as published. */
public final class PolicyFixtures {

    public static final PolicyDocument MSC_SOCIAL_MEDIA = new PolicyDocument("MSC-SM",
            "Social media and electronic communications", "Medical Sciences Council of New Zealand");
    public static final PolicyVersion VERSION_ONE = new PolicyVersion(MSC_SOCIAL_MEDIA, "One",
            LocalDate.of(2020, 8, 1), null);

    private PolicyFixtures() {
    }

    public static PolicyClause clause8() {
        return new PolicyClause(VERSION_ONE, new ClauseId("MSC-SM-2020/8"), "8", "Respect privacy and confidentiality",
                "Remember that your professional obligations to respect the confidentiality and privacy of patients "
                        + "apply to social media and electronic communications just as they do to other forms of "
                        + "professional and personal interaction.");
    }

    public static PolicyClause clause12() {
        return new PolicyClause(VERSION_ONE, new ClauseId("MSC-SM-2020/12"), "12", "Good practice",
                "When using social media or electronic communications, check that you are engaging in good practice:\n"
                        + "- You have an ethical and legal responsibility to maintain patient confidentiality.\n"
                        + "- Check the privacy settings on all of your social media pages.");
    }

    /** A clause of a later version, not in force before 2027. */
    public static PolicyClause clause8OfVersionTwo() {
        PolicyVersion two = new PolicyVersion(MSC_SOCIAL_MEDIA, "Two", LocalDate.of(2027, 1, 1), null);
        return new PolicyClause(two, new ClauseId("MSC-SM-2027/8"), "8", "Respect privacy and confidentiality",
                "Later wording.");
    }
}
