package org.casework.statistics.control;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a registrar reports for a period: cases closed by outcome, platform, allegation and who decided (each
 * case once, with the decision it closed on), what came of appeals against those decisions (apart), how long they took,
 * the quarterly trend, the cases still open by stage (today, whatever the period) and the summary sentence.
 * Allegation shares are of the cases closed, and add up to more than 100% where a case has several; {@code imported}
 * says how many of the cases came from the earlier system.
 */
public record OutcomeReport(Period period, long total, long imported, List<Tally> byOutcome, List<Tally> byPlatform,
                            List<Tally> byAllegation, List<Tally> byDecider, List<Tally> appeals, List<Tally> reviews,
                            List<TimeToClose> timeToClose, List<Tally> quarterly, List<Tally> openByStage,
                            String summary) implements Serializable {
}
