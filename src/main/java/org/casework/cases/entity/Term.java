package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One condition on a registration, or one undertaking: what the practitioner must (or must not) do, in the
 * regulator's words, and the day compliance with it is checked.
 */
@Embeddable
public class Term implements Serializable {

    public static final int MOST = 10;

    @Column(name = "term_text", nullable = false, length = 1000)
    private String text;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    protected Term() {
    }

    public Term(String text, LocalDate reviewOn) {
        this.text = text;
        this.reviewOn = reviewOn;
    }

    public String text() { return text; }
    public LocalDate reviewOn() { return reviewOn; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && Objects.equals(text, t.text) && Objects.equals(reviewOn, t.reviewOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, reviewOn);
    }
}
