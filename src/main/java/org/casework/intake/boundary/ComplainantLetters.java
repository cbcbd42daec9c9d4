package org.casework.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.ResourceBundle;
import org.casework.cases.entity.Complaint;
import org.casework.intake.entity.PublicStatus.PublicLetter;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterKind;

/**
 * The letters a complainant may read on the status page: those addressed to them on their own complaint, latest
 * version of each only, and the outcome in the portal's words once such a letter is out (before that, the
 * complainant hears of an outcome from the letter, not from the page).
 */
@ApplicationScoped
@Transactional
public class ComplainantLetters {

    static final String REFERRED_ELSEWHERE = "REFERRED_ELSEWHERE";
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.casework.intake.portal");

    @Inject
    LetterIssuing letters;
    @Inject
    RegulatorTime time;

    public List<PublicLetter> addressedTo(Complaint own) {
        List<Letter> all = letters.lettersOf(own);
        return all.stream().filter(l -> isTo(own, l))
                .filter(l -> all.stream().noneMatch(later -> later.replaces() == l))
                .map(l -> new PublicLetter(l.id(), WORDS.getString("follow.letter." + l.kind().name())
                        + (l.version() > 1 ? " " + WORDS.getString("follow.letter.corrected") : ""),
                        time.dayOf(l.issuedAt())))
                .toList();
    }

    /**
     * The outcome's code once a letter has told the complainant, else null; {@code followed} is the case that
     * decided (the one their complaint was merged into, if it was).
     */
    public String outcome(Complaint followed, List<PublicLetter> issued) {
        if (issued.isEmpty() || followed.decision() == null) {
            return null;
        }
        return followed.decision().referredTo() != null ? REFERRED_ELSEWHERE : followed.decision().outcome().name();
    }

    public String outcomeText(Complaint followed, String outcome) {
        return outcome == null ? null : WORDS.getString("follow.outcome." + outcome).replace("{0}",
                followed.decision().referredTo() == null ? "" : followed.decision().referredTo());
    }

    /** A letter to this complaint's own complainant (a case's letters also hold those to merged complainants). */
    private static boolean isTo(Complaint own, Letter letter) {
        return letter.kind() == LetterKind.OUTCOME_TO_COMPLAINANT
                && letter.complaint().reference().equals(own.reference());
    }

    /** A letter addressed to the complainant of this complaint; any other id is not found. */
    public Letter letter(Complaint own, long id) {
        return letters.lettersOf(own).stream()
                .filter(l -> l.id() == id && isTo(own, l)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No letter " + id + " addressed to the complainant of "
                        + own.reference()));
    }
}
