package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;

/**
 * What a hearing ordered the practitioner to pay beside its outcome: a fine, and a share of the costs of the
 * investigation and hearing (the HPCA Act's s101). Either may be absent; both are in the regulator's currency, to
 * the cent. Whether a hearing may order them, and the largest fine, are the regulator's settings.
 */
@Embeddable
public class PaymentOrders implements Serializable {

    public static final PaymentOrders NONE = new PaymentOrders(null, null);

    @Column(name = "fine_amount", precision = 12, scale = 2)
    private BigDecimal fine;

    @Column(name = "costs_amount", precision = 12, scale = 2)
    private BigDecimal costs;

    protected PaymentOrders() {
    }

    private PaymentOrders(BigDecimal fine, BigDecimal costs) {
        this.fine = fine;
        this.costs = costs;
    }

    /**
     * The amounts as a hearing's secretary gave them, checked whole: none negative or below a cent, a fine only where
     * fines are allowed and not above {@code fineMax}, costs only where {@code costsAllowed}. A zero is no order.
     */
    public static PaymentOrders of(BigDecimal fine, BigDecimal costs, BigDecimal fineMax, boolean costsAllowed) {
        FieldErrors errors = new FieldErrors();
        BigDecimal checkedFine = errors.check(() -> amount(fine, "fine"));
        BigDecimal checkedCosts = errors.check(() -> amount(costs, "costs"));
        if (checkedFine != null && fineMax.signum() == 0) {
            errors.add(new InvalidFieldException("fine", "cannot be ordered: the regulator's settings allow no fines"));
        } else if (checkedFine != null && checkedFine.compareTo(fineMax) > 0) {
            errors.add(new InvalidFieldException("fine", "must be at most " + money(fineMax)));
        }
        if (checkedCosts != null && !costsAllowed) {
            errors.add(new InvalidFieldException("costs", "cannot be ordered: the regulator's settings allow no "
                    + "costs orders"));
        }
        errors.throwIfAny();
        return new PaymentOrders(checkedFine, checkedCosts);
    }

    private static BigDecimal amount(BigDecimal given, String field) {
        if (given == null || given.signum() == 0) {
            return null;
        }
        if (given.signum() < 0) {
            throw new InvalidFieldException(field, "must be an amount of money, not below zero");
        }
        if (given.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(field, "must be to the cent at most");
        }
        return given.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * What is to be paid, in words: "a fine of $2,500.00 and $4,120.50 towards {@code costsOf}", either part alone, or
     * null when nothing was ordered. One wording for the letter and the case page; each says what the costs are of.
     */
    public static String words(BigDecimal fine, BigDecimal costs, String costsOf) {
        List<String> parts = new ArrayList<>();
        if (fine != null) {
            parts.add("a fine of " + money(fine));
        }
        if (costs != null) {
            parts.add(money(costs) + " towards " + costsOf);
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    /** An amount as letters and pages write it: "$2,500.00". */
    public static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("en-NZ"));
        return format.format(amount);
    }

    public boolean isEmpty() { return fine == null && costs == null; }
    public BigDecimal fine() { return fine; }
    public BigDecimal costs() { return costs; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentOrders p && Objects.equals(fine, p.fine) && Objects.equals(costs, p.costs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fine, costs);
    }
}
