package org.casework.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.casework.kernel.RegulatorTime;

/**
 * Dates and times as staff read them, in one format and the regulator's zone: {@code 6 Dec 2026, 3:18 pm} and
 * {@code 6 Dec 2026}; due dates also say how far off they are. Pages call it as {@code #{when.at(…)}}.
 */
@Named("when")
@ApplicationScoped
public class When {

    static final Locale LOCALE = Locale.forLanguageTag("en-NZ");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", LOCALE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);

    @Inject
    RegulatorTime time;

    /** A moment, in the regulator's zone. */
    public String at(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment.atZone(time.zone()));
    }

    /** The regulator's today in full: {@code Sunday 6 December 2026}. */
    public String today() {
        return TODAY.format(time.today());
    }

    /** The regulator's day a moment fell on. */
    public String dayOf(Instant moment) {
        return moment == null ? "" : day(time.dayOf(moment));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /**
     * A time as a camera recorded it (EXIF keeps the wall clock and no zone; it is stored as if it were UTC): shown
     * as recorded, with no zone added.
     */
    public String recorded(Instant wallClock) {
        return wallClock == null ? "" : MOMENT.format(LocalDateTime.ofInstant(wallClock, ZoneOffset.UTC));
    }

    /** A due day with how far off it is: {@code 3 Jan 2027 (in 28 days)}, {@code (overdue by 2 days)}. */
    public String due(LocalDate day) {
        return day == null ? "" : day(day) + " (" + relative(day) + ")";
    }

    /** A due moment, likewise, counted in the regulator's days. */
    public String dueAt(Instant moment) {
        return moment == null ? "" : at(moment) + " (" + relative(time.dayOf(moment)) + ")";
    }

    String relative(LocalDate day) {
        long days = ChronoUnit.DAYS.between(time.today(), day);
        if (days == 0) {
            return "due today";
        }
        if (days > 0) {
            return days == 1 ? "due tomorrow" : "due in " + days + " days";
        }
        return days == -1 ? "overdue by 1 day" : "overdue by " + -days + " days";
    }
}
