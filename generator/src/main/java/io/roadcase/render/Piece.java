package io.roadcase.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One independent piece of output: a page, a chart, a brief. Renderers split their stage into pieces
 * and the generator runs the pieces of every stage on one pool, so both cores stay busy to the end and
 * no stage waits on a pool of its own.
 */
@FunctionalInterface
public interface Piece {

    void run() throws IOException;

    /** Starts every piece on the executor; completes when all have run, exceptionally if one failed. */
    static CompletableFuture<Void> start(List<Piece> pieces, Executor executor) {
        return CompletableFuture.allOf(pieces.stream()
                .map(piece -> CompletableFuture.runAsync(piece::runUnchecked, executor))
                .toArray(CompletableFuture[]::new));
    }

    /**
     * These pieces, and {@code end} run once right after the last of them has run (on whichever thread
     * ran it): for what a stage can only say when all its pieces are done.
     */
    static List<Piece> withEnd(List<Piece> pieces, Runnable end) {
        if (pieces.isEmpty()) {
            end.run();
            return pieces;
        }
        AtomicInteger left = new AtomicInteger(pieces.size());
        return pieces.stream().<Piece>map(piece -> () -> {
            piece.run();
            if (left.decrementAndGet() == 0) {
                end.run();
            }
        }).toList();
    }

    /** Runs every piece here, one after another. */
    static void runAll(List<Piece> pieces) throws IOException {
        for (Piece piece : pieces) {
            piece.run();
        }
    }

    private void runUnchecked() {
        try {
            run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
