package io.roadcase.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing program skips the test outside CI and fails it in CI. */
class ExternalToolTest {

    @Test
    void missingProgramSkipsOutsideCiAndFailsInCi() {
        Throwable thrown = catchThrowable(() -> ExternalTool.require("roadcase-no-such-program"));
        if (ExternalTool.ci()) {
            assertThat(thrown).isInstanceOf(AssertionFailedError.class);
        } else {
            assertThat(thrown).isInstanceOf(TestAbortedException.class);
        }
        assertThat(thrown).hasMessageContaining("roadcase-no-such-program is not installed");
    }

    @Test
    void findsAProgramOnThePath() {
        assertThat(ExternalTool.require("sh")).isExecutable();
    }

    @Test
    void missingSharedMaterialSkipsOutsideCiAndFailsInCi() {
        Throwable thrown = catchThrowable(() -> ExternalTool.shared("corpus", "no-such-folder"));
        if (ExternalTool.ci()) {
            assertThat(thrown).isInstanceOf(AssertionFailedError.class);
        } else {
            assertThat(thrown).isInstanceOf(TestAbortedException.class);
        }
        assertThat(thrown).hasMessageContaining("no-such-folder");
    }
}
