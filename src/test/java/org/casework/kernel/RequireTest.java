package org.casework.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequireTest {

    @Test
    void directionOverridesAndIsolatesAreRefusedButPlainMarksAndScriptsAreNot() {
        for (String trick : new String[] {"David \u202Ehsram", "a \u2066b\u2069", "x\u202Ay"}) {
            assertThatThrownBy(() -> Require.text(trick, "name", 200)).isInstanceOfSatisfying(
                    InvalidFieldException.class, e -> assertThat(e.reason()).contains("direction"));
        }
        assertThat(Require.text("ורד כהן\u200F", "name", 200)).isEqualTo("ורד כהן\u200F");
        assertThat(Require.text("Tāne Māhuta 📸", "name", 200)).isEqualTo("Tāne Māhuta 📸");
    }

    @Test
    void aLoneSurrogateIsNotText() {
        assertThatThrownBy(() -> Require.multiline("broken \ud800 text", "description", 100))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("description");
                    assertThat(e.reason()).contains("Unicode");
                });
        assertThatThrownBy(() -> Require.text("end \udc00", "name", 100)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void controlCharactersStayRefusedAndLineBreaksOnlyWhereTextRunsOverLines() {
        assertThatThrownBy(() -> Require.text("Tom\r\nBcc: x@example.org", "name", 200))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(Require.multiline("one\ntwo", "note", 200)).isEqualTo("one\ntwo");
    }
}
