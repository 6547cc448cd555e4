package io.roadcase.source;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadDeadlineTest {

    @Test
    void stopsAFileWhoseTimeHasRunOut() throws Exception {
        ReadDeadline clock = new ReadDeadline(0);
        Thread.sleep(2);

        assertThatThrownBy(clock::check).isInstanceOf(SourceFailure.class).hasMessageContaining("took longer than");
    }

    @Test
    void letsAFileWithinItsTimeGoOn() {
        ReadDeadline clock = new ReadDeadline(60_000);

        assertThatCode(() -> {
            for (int i = 0; i < 5_000; i++) {
                clock.row();
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void stopsATableWithTooManyRows() {
        ReadDeadline clock = new ReadDeadline(60_000, 3);
        for (int i = 0; i < 3; i++) {
            clock.row();
        }

        assertThatThrownBy(clock::row).isInstanceOf(SourceFailure.class).hasMessageContaining("more than 3 rows");
    }

    @Test
    void countsTheRowsOfEachTableSeparately() {
        ReadDeadline clock = new ReadDeadline(60_000, 3);
        for (int i = 0; i < 3; i++) {
            clock.row();
        }
        clock.newTable();

        assertThatCode(clock::row).doesNotThrowAnyException();
    }
}
