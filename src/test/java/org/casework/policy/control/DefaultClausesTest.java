package org.casework.policy.control;

import java.util.EnumSet;
import java.util.Set;
import org.casework.kernel.AllegationCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultClausesTest {

    @Test
    void eachCategoryHasClausesAndTogetherEachClauseComesOnceInThePolicysOrder() {
        for (AllegationCategory category : AllegationCategory.values()) {
            assertThat(DefaultClauses.of(Set.of(category))).as(category.name()).isNotEmpty()
                    .allSatisfy(id -> assertThat(id).matches("MSC-SM-2020/([4-9]|1[0-2])"));
        }
        assertThat(DefaultClauses.of(EnumSet.of(AllegationCategory.BULLYING_OR_HARASSMENT,
                AllegationCategory.CONFIDENTIALITY_AND_PRIVACY, AllegationCategory.BOUNDARIES)))
                .containsExactly("MSC-SM-2020/7", "MSC-SM-2020/8", "MSC-SM-2020/10", "MSC-SM-2020/11");
        assertThat(DefaultClauses.of(Set.of())).isEmpty();
    }
}
