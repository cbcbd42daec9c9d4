package org.casework.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * Seeds closed cases for the statistics benchmark, as a legacy import would leave them: references BENCH-…, outcomes
 * in the GMC's proportions, platforms and allegations spread, received between 2000 and mid-2026 and closed 10 to 400
 * days later. Deterministic (fixed seed), and idempotent: it only adds the rows that are missing.
 */
public final class ClosedCaseGenerator {

    static final String PREFIX = "BENCH-";
    static final long FIRST_ID = 100_000_000L;
    /** As the GMC's 28: 14 no further action, 4 advice, 3 warnings, 3 employer referrals, 1 undertaking, 1 condition, 2
     * suspensions. */
    private static final String[] OUTCOMES = weighted(new String[] {"NO_FURTHER_ACTION", "ADVICE", "WARNING",
        "EMPLOYER_REFERRAL", "UNDERTAKINGS", "CONDITIONS", "SUSPENSION"}, new int[] {14, 4, 3, 3, 1, 1, 2});
    private static final String[] PLATFORMS = weighted(new String[] {"FACEBOOK", "X_TWITTER", "INSTAGRAM", "TIKTOK",
        "WHATSAPP", "LINKEDIN", "YOUTUBE", "SNAPCHAT", "BLOG", "DATING_APP", "OTHER"},
            new int[] {30, 15, 15, 10, 10, 5, 4, 3, 3, 3, 2});
    private static final String[] ALLEGATIONS = {"CONFIDENTIALITY_AND_PRIVACY", "PROFESSIONALISM",
        "INTEGRITY_AND_HONESTY", "BOUNDARIES", "MISINFORMATION", "BULLYING_OR_HARASSMENT", "EMPLOYER_POLICY"};
    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - START.toEpochDay());
    private static final int BATCH = 5_000;

    private ClosedCaseGenerator() {
    }

    /** Makes sure {@code count} generated cases exist; returns how many it added. */
    public static long seed(Connection c, long count) throws SQLException {
        long present;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM closed_case WHERE id >= " + FIRST_ID)) {
            r.next();
            present = r.getLong(1);
        }
        if (present >= count) {
            return 0;
        }
        c.setAutoCommit(false);
        try (PreparedStatement cases = c.prepareStatement("INSERT INTO closed_case (id, reference, source, "
                + "registration_number, platform, received_on, closed_on, days_to_close, outcome) "
                + "VALUES (?, ?, 'IMPORTED', ?, ?, ?, ?, ?, ?)");
             PreparedStatement allegations = c.prepareStatement("INSERT INTO closed_case_allegation "
                + "(closed_case_id, category) VALUES (?, ?)")) {
            for (long i = present; i < count; i++) {
                Random random = new Random(42 + i); // per row, so a resumed run generates the same rows
                long id = FIRST_ID + i;
                LocalDate received = START.plusDays(random.nextInt(DAYS));
                int days = 10 + (int) Math.min(390, Math.abs(random.nextGaussian()) * 120);
                cases.setLong(1, id);
                cases.setString(2, PREFIX + String.format("%08d", i));
                cases.setString(3, "R" + (10_000 + random.nextInt(40_000)));
                cases.setString(4, PLATFORMS[random.nextInt(PLATFORMS.length)]);
                cases.setObject(5, received);
                cases.setObject(6, received.plusDays(days));
                cases.setInt(7, days);
                cases.setString(8, OUTCOMES[random.nextInt(OUTCOMES.length)]);
                cases.addBatch();
                int first = random.nextInt(ALLEGATIONS.length);
                allegations.setLong(1, id);
                allegations.setString(2, ALLEGATIONS[first]);
                allegations.addBatch();
                if (random.nextBoolean()) {
                    allegations.setLong(1, id);
                    allegations.setString(2, ALLEGATIONS[(first + 1 + random.nextInt(ALLEGATIONS.length - 1))
                            % ALLEGATIONS.length]);
                    allegations.addBatch();
                }
                if ((i + 1) % BATCH == 0 || i + 1 == count) {
                    cases.executeBatch();
                    allegations.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
        return count - present;
    }

    private static String[] weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        String[] table = new String[total];
        int at = 0;
        for (int v = 0; v < values.length; v++) {
            for (int w = 0; w < weights[v]; w++) {
                table[at++] = values[v];
            }
        }
        return table;
    }
}
