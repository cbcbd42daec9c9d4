package org.casework.platform.control;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.casework.evidence.control.EvidenceInspector;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Reason;
import org.casework.kernel.Require;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LocalisedReasonsTest {

    private static final ResourceBundle PORTAL = ResourceBundle.getBundle("org.casework.intake.portal", Locale.ENGLISH);

    @Test
    void everyReasonCodeIsWordedInThePortalBundle() {
        for (Reason reason : Reason.values()) {
            assertThat(PORTAL.containsKey(reason.key())).as(reason.key()).isTrue();
        }
    }

    @Test
    void aReasonIsSaidWithTheBundlesWordsAndTheLimit() {
        InvalidFieldException tooLong = catchThrowableOfType(() -> Require.text("x".repeat(201), "name", 200),
                InvalidFieldException.class);
        assertThat(tooLong.code()).isEqualTo(Reason.TOO_LONG);
        assertThat(LocalisedReasons.reason(tooLong, PORTAL)).isEqualTo("must be at most 200 characters");
    }

    @Test
    void anEvidenceFileOverTheLimitIsToldTheLimitInMegabytes() {
        var inspector = new EvidenceInspector(10_485_760, 40_000_000);
        InvalidFieldException tooLarge = catchThrowableOfType(() -> inspector.precheck(new byte[10_485_761],
                "evidence[0]"), InvalidFieldException.class);
        assertThat(LocalisedReasons.reason(tooLarge, PORTAL)).isEqualTo("is too large: each file may be at most 10 MB");
        assertThat(tooLarge.reason()).contains("10485761 bytes");
    }

    @Test
    void aTranslationReplacesTheEnglishAndAMissingOneFallsBackToIt() {
        ResourceBundle translated = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"reason.required", "[translated] required"}};
            }
        };
        InvalidFieldException missing = catchThrowableOfType(() -> Require.text(" ", "email", 10),
                InvalidFieldException.class);
        assertThat(LocalisedReasons.reason(missing, translated)).isEqualTo("[translated] required");
        InvalidFieldException control = catchThrowableOfType(() -> Require.text("a\u0007b", "email", 10),
                InvalidFieldException.class);
        assertThat(LocalisedReasons.reason(control, translated)).isEqualTo("must not contain control characters");
        assertThat(LocalisedReasons.reason(new InvalidFieldException("x", "has no code"), translated))
                .isEqualTo("has no code");
    }
}
