package io.roadcase.render;

import io.roadcase.model.Problem;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Problems found while rendering (a logo that cannot be used, a character no font has), collected
 * from every thread of the pool.
 */
public final class ProblemSink {

    private final ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    /** Every problem added so far, in the order they arrived. */
    public List<Problem> all() {
        return List.copyOf(problems);
    }
}
