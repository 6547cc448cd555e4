package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileClockTest {

    @Test
    void stopsAFileWhoseTimeHasRunOut() throws Exception {
        FileClock clock = new FileClock(0);
        Thread.sleep(2);

        assertThatThrownBy(clock::check).isInstanceOf(SourceFailure.class).hasMessageContaining("took longer than");
    }

    @Test
    void letsAFileWithinItsTimeGoOn() {
        FileClock clock = new FileClock(60_000);

        assertThatCode(() -> {
            for (int i = 0; i < 5_000; i++) {
                clock.row();
            }
        }).doesNotThrowAnyException();
    }
}
