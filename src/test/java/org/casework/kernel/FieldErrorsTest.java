package org.casework.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FieldErrorsTest {

    @Test
    void keepsEveryFieldsRefusalAndGoesOnChecking() {
        FieldErrors errors = new FieldErrors();
        String name = errors.check(() -> Require.text(" ", "name", 10));
        String email = errors.check(() -> Require.email("nobody", "email"));
        String kept = errors.check(() -> Require.text("Tom", "other", 10));
        assertThat(name).isNull();
        assertThat(email).isNull();
        assertThat(kept).isEqualTo("Tom");
        InvalidFieldException thrown = catchThrowableOfType(errors::throwIfAny, InvalidFieldException.class);
        assertThat(thrown).isInstanceOf(InvalidFieldsException.class);
        assertThat(thrown.each()).extracting(InvalidFieldException::field).containsExactly("name", "email");
        assertThat(thrown.field()).as("the first, for callers that show one").isEqualTo("name");
    }

    @Test
    void oneRefusalIsThrownAsItIsAndNoneNotAtAll() {
        FieldErrors none = new FieldErrors();
        none.run(() -> Require.text("fine", "name", 10));
        none.throwIfAny();
        assertThat(none.isEmpty()).isTrue();

        FieldErrors one = new FieldErrors();
        one.run(() -> Require.text("", "name", 10));
        assertThatThrownBy(one::throwIfAny).isExactlyInstanceOf(InvalidFieldException.class)
                .hasMessage("name is required");
    }

    @Test
    void aFieldIsReportedOnceAndNestedRefusalsAreFlattened() {
        FieldErrors inner = new FieldErrors();
        inner.run(() -> Require.text("", "a", 10));
        inner.run(() -> Require.text("", "b", 10));
        FieldErrors outer = new FieldErrors();
        outer.run(inner::throwIfAny);
        outer.run(() -> Require.text("", "a", 10));
        InvalidFieldException thrown = catchThrowableOfType(outer::throwIfAny, InvalidFieldException.class);
        assertThat(thrown.each()).extracting(InvalidFieldException::field).containsExactly("a", "b");
    }
}
