package org.casework.policy.control;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.ClauseOrder;

/**
 * The clauses of the regulator's policy that an allegation category usually concerns: the decision form starts from
 * them, and the case examiner adds or removes clauses before deciding. MSC paragraphs: 4 employer's policy, 5-6
 * professionalism, 7-10 privacy and confidentiality, 11 integrity (with boundaries and respect for colleagues), 12
 * good practice.
 */
public final class DefaultClauses {

    private static final Map<AllegationCategory, List<String>> BY_CATEGORY = new EnumMap<>(Map.of(
            AllegationCategory.CONFIDENTIALITY_AND_PRIVACY, List.of("MSC-SM-2020/7", "MSC-SM-2020/8", "MSC-SM-2020/10"),
            AllegationCategory.PROFESSIONALISM, List.of("MSC-SM-2020/5", "MSC-SM-2020/6"),
            AllegationCategory.INTEGRITY_AND_HONESTY, List.of("MSC-SM-2020/11", "MSC-SM-2020/12"),
            AllegationCategory.BOUNDARIES, List.of("MSC-SM-2020/11"),
            AllegationCategory.MISINFORMATION, List.of("MSC-SM-2020/11", "MSC-SM-2020/12"),
            AllegationCategory.BULLYING_OR_HARASSMENT, List.of("MSC-SM-2020/10", "MSC-SM-2020/11"),
            AllegationCategory.EMPLOYER_POLICY, List.of("MSC-SM-2020/4")));

    private DefaultClauses() {
    }

    /** The clause ids for the categories alleged, each once, in the policy's order. */
    public static List<String> of(Set<AllegationCategory> alleged) {
        Set<String> ids = new LinkedHashSet<>();
        alleged.stream().sorted().forEach(category -> ids.addAll(of(category)));
        return ids.stream().sorted(ClauseOrder.INSTANCE).toList();
    }

    /** Where a category's clauses start when an investigator alleges it; they adjust them on the case. */
    public static List<String> of(AllegationCategory category) {
        return BY_CATEGORY.getOrDefault(category, List.of());
    }

    /** Each category alleged with its usual clauses. */
    public static Map<AllegationCategory, List<String>> byCategory(Set<AllegationCategory> alleged) {
        Map<AllegationCategory, List<String>> map = new EnumMap<>(AllegationCategory.class);
        alleged.forEach(category -> map.put(category, of(category)));
        return map;
    }
}
