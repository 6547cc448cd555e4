package io.roadcase.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PieceTest {

    @Test
    void startRunsEveryPieceOnTheExecutor() {
        ConcurrentLinkedQueue<Integer> ran = new ConcurrentLinkedQueue<>();
        List<Piece> pieces = IntStream.range(0, 50).<Piece>mapToObj(i -> () -> ran.add(i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Piece.start(pieces, pool).join();
        } finally {
            pool.shutdownNow();
        }
        assertThat(ran).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 50).boxed().toList());
    }

    @Test
    void aFailedPieceFailsTheWholeWithItsIoErrorAndTheOthersStillRun() {
        ConcurrentLinkedQueue<String> ran = new ConcurrentLinkedQueue<>();
        List<Piece> pieces = List.of(() -> ran.add("a"), () -> {
            throw new IOException("disk full");
        }, () -> ran.add("c"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> Piece.start(pieces, pool).join())
                    .isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(UncheckedIOException.class)
                    .cause().isInstanceOf(IOException.class).hasMessage("disk full");
        } finally {
            pool.shutdownNow();
        }
        assertThat(ran).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void runAllRunsInOrderHereAndStopsAtTheFirstFailure() {
        List<String> ran = new ArrayList<>();
        List<Piece> pieces = List.of(() -> ran.add("a"), () -> {
            throw new IOException("bad template");
        }, () -> ran.add("c"));

        assertThatThrownBy(() -> Piece.runAll(pieces)).isInstanceOf(IOException.class).hasMessage("bad template");
        assertThat(ran).containsExactly("a");
    }
}
