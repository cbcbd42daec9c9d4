package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Require;

/**
 * How long an outcome runs: a warning is published for two years; conditions run until their end date, a
 * suspension for at most twelve months.
 */
@Embeddable
public class SanctionTerms {

    public static final int WARNING_PUBLISHED_YEARS = 2;
    public static final int MAX_SUSPENSION_MONTHS = 12;

    @Column(name = "warning_expires_on")
    private LocalDate warningExpiresOn;

    @Column(name = "order_ends_on")
    private LocalDate orderEndsOn;

    void publishWarningFrom(LocalDate from) {
        this.warningExpiresOn = from.plusYears(WARNING_PUBLISHED_YEARS);
    }

    /** Conditions or a suspension imposed on {@code decided}, ending on {@code endsOn}. */
    void impose(Outcome order, LocalDate decided, LocalDate endsOn) {
        Require.present(endsOn, "orderEndsOn");
        if (!endsOn.isAfter(decided)) {
            throw new InvalidFieldException("orderEndsOn", "must be after the hearing's date");
        }
        if (order == Outcome.SUSPENSION && endsOn.isAfter(decided.plusMonths(MAX_SUSPENSION_MONTHS))) {
            throw new InvalidFieldException("orderEndsOn", "a suspension lasts at most " + MAX_SUSPENSION_MONTHS
                    + " months");
        }
        this.orderEndsOn = endsOn;
    }

    /** An appeal varied the sanction, or held it: the warning's expiry or the order's end is the court's day now. */
    void vary(Outcome to, LocalDate endsOn) {
        if (to == Outcome.WARNING) {
            this.warningExpiresOn = endsOn;
        } else {
            this.orderEndsOn = endsOn;
        }
    }

    public LocalDate warningExpiresOn() { return warningExpiresOn; }
    public LocalDate orderEndsOn() { return orderEndsOn; }
}
