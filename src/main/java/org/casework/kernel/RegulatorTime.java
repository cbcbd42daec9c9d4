package org.casework.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The regulator's time: its zone decides the year in case references, the dates on letters, the day a clock starts
 * and the days statistics count by. Every feature reads days through here, never through the server's zone.
 */
@ApplicationScoped
public class RegulatorTime {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Inject
    @ConfigProperty(name = "casework.regulator.zone", defaultValue = "Pacific/Auckland")
    String zone;

    /** The regulator's time in a zone of one's choosing, outside the container (tests, tools). */
    public static RegulatorTime of(ZoneId zone) {
        RegulatorTime time = new RegulatorTime();
        time.zone = zone.getId();
        return time;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** Today in the regulator's zone. */
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** A day as the staff screens write it ({@code 6 Dec 2026}), for notes recorded in words. */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The regulator's calendar day of a moment. */
    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }
}
