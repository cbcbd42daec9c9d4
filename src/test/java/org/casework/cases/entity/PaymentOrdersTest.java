package org.casework.cases.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.policy.entity.PolicyFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentOrdersTest {

    static final BigDecimal MAX = new BigDecimal("30000");
    static final Instant AT = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void amountsAreKeptToTheCentAndAZeroIsNoOrder() {
        PaymentOrders ordered = PaymentOrders.of(new BigDecimal("2500"), new BigDecimal("4120.5"), MAX, true);
        assertThat(ordered.fine()).isEqualByComparingTo("2500.00");
        assertThat(ordered.costs().toPlainString()).isEqualTo("4120.50");
        assertThat(PaymentOrders.of(BigDecimal.ZERO, null, MAX, true).isEmpty()).isTrue();
        assertThat(PaymentOrders.money(new BigDecimal("30000"))).isEqualTo("$30,000.00");
    }

    @Test
    void everyRefusedAmountIsNamedAtOnce() {
        assertThatThrownBy(() -> PaymentOrders.of(new BigDecimal("-1"), new BigDecimal("10.005"), MAX, true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field).containsExactly("fine", "costs"));
        assertThatThrownBy(() -> PaymentOrders.of(new BigDecimal("30000.01"), null, MAX, true))
                .hasMessageContaining("at most $30,000.00");
    }

    @Test
    void whatTheSettingsDoNotAllowIsRefused() {
        assertThatThrownBy(() -> PaymentOrders.of(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, false))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field).containsExactly("fine", "costs"));
        assertThat(PaymentOrders.of(null, null, BigDecimal.ZERO, false).isEmpty()).isTrue();
    }

    @Test
    void onlyAHearingThatFindsABreachOrdersPayment() {
        PaymentOrders fine = PaymentOrders.of(BigDecimal.TEN, null, MAX, true);
        assertThatThrownBy(() -> new Decision(Outcome.WARNING, "Reasons.", List.of(PolicyFixtures.clause8()),
                CaseFixtures.DAVID_CONDUCT, "examiner", AT).withPaymentOrders(fine))
                .hasMessageContaining("only a hearing panel");
        assertThatThrownBy(() -> Decision.ofHearingPanel(Outcome.NO_FURTHER_ACTION, "Reasons.", List.of(),
                CaseFixtures.DAVID_CONDUCT, "panel", AT).withPaymentOrders(fine))
                .hasMessageContaining("no further action");
        Decision censure = Decision.ofHearingPanel(Outcome.CENSURE, "Reasons.", List.of(PolicyFixtures.clause8()),
                CaseFixtures.DAVID_CONDUCT, "panel", AT).withPaymentOrders(fine);
        assertThat(censure.paymentOrders()).isEqualTo(fine);
        assertThat(Decision.ofHearingPanel(Outcome.CENSURE, "Reasons.", List.of(PolicyFixtures.clause8()),
                CaseFixtures.DAVID_CONDUCT, "panel", AT).paymentOrders().isEmpty()).isTrue();
    }
}
